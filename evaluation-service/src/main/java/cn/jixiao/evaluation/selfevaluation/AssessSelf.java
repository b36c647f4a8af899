package cn.jixiao.evaluation.selfevaluation;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The street's whole self-assessment, replacing the one before.
 *
 * @param version the evaluation's version the editor read; a change by someone else since then gives 409
 */
@Schema(description = "街道自评（整体替换）/ the street's self-assessment, replacing the previous one")
public record AssessSelf(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "逐项自评：定性等级和得分、不适用标记 / per indicator: qualitative grade and score, not applicable")
        @Valid List<IndicatorAssessment> indicators,
        @Schema(description = "预算执行率低于阈值时的原因说明 / why the execution rate is below the threshold")
        @Size(max = 1000) String executionExplanation) {

    SelfAssessment assessment() {
        return new SelfAssessment(indicators, blankToNull(executionExplanation));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
