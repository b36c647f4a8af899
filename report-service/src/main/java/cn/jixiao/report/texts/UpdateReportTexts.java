package cn.jixiao.report.texts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces all the texts of a report.
 *
 * @param version the version read; {@code null} for the first save of the report's texts
 */
@Schema(description = "修改报告文字 / change the texts of a report")
public record UpdateReportTexts(
        @Schema(description = "读取时的版本，首次保存为空 / the version read, empty for the first save") Long version,
        @NotNull @Valid SectionTexts texts) {
}
