package cn.jixiao.evaluation.selfevaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The template version one project's draft is to be scored under, on the version of the evaluation read.
 *
 * @param templateVersion the template's version, {@code null} for its latest now
 */
@Schema(description = "选定本项目自评的计分模板 / choose the template version that scores this project's evaluation")
public record ChooseEvaluationTemplate(
        @Schema(description = "模板编号 / template id") @NotBlank String templateId,
        @Schema(description = "模板版本，空为当前最新版本 / the template's version, empty for the latest now")
        @Positive Integer templateVersion,
        @Schema(description = "读取时的自评版本号 / the evaluation's version read") @NotNull Long version,
        @Schema(description = "理由 / reason") @Size(max = 2000) String reason) {
}
