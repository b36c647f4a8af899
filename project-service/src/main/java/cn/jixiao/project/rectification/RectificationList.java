package cn.jixiao.project.rectification;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The 整改 items of a year the caller sees (its district's, or its street's), filtered, with the counts. */
public record RectificationList(
        int year,
        @Schema(description = "各状态及逾期（OVERDUE）的事项数，按筛选前统计 / per status and overdue, before filtering")
        Map<String, Long> counts,
        List<RectificationView> items) {
}
