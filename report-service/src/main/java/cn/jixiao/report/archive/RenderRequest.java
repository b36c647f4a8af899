package cn.jixiao.report.archive;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;

/**
 * A request to render and store a new version of a project's report.
 *
 * @param formats     which formats to store
 * @param finalReport the final report of a finalized evaluation, refused while any part is 未填写
 */
@Schema(description = "生成报告 / render a report version")
public record RenderRequest(
        @Schema(description = "格式：DOCX、PDF、HTML / formats", example = "[\"PDF\", \"DOCX\"]")
        @NotEmpty List<String> formats,
        @Schema(description = "正式报告（须已定稿且各部分均已填写）/ final report (finalized, nothing missing)")
        boolean finalReport) {
}
