package cn.jixiao.report.archive;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A request to render and store a new version of a project's report.
 *
 * @param formats     which formats to store, each once (a name repeated is rendered once); a handful at most,
 *                    since there are only a few formats
 * @param finalReport the final report of a finalized evaluation, refused while any part is 未填写
 */
@Schema(description = "生成报告 / render a report version")
public record RenderRequest(
        @Schema(description = "格式：DOCX、PDF、HTML / formats", example = "[\"PDF\", \"DOCX\"]")
        @NotEmpty @Size(max = 10) List<@NotBlank String> formats,
        @Schema(description = "正式报告（须已定稿且各部分均已填写）/ final report (finalized, nothing missing)")
        boolean finalReport) {
}
