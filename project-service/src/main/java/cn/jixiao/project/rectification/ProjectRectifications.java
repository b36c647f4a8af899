package cn.jixiao.project.rectification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A project's 整改 items, and those of the same code and street last year still open or confirmed since. */
public record ProjectRectifications(
        String projectId,
        List<RectificationView> items,
        @Schema(description = "上一年度同一项目编码的整改事项（未确认的及已确认的）/ last year's items of the same code")
        List<RectificationView> carriedOver) {
}
