package cn.jixiao.evaluation.selfevaluation;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the street itself judges, beside the data project-service reports: the grade and points of each 定性
 * indicator, the indicators that do not apply this year, and why the budget execution rate is low. Kept inside
 * the self-evaluation, so a change of it and the score recomputed from it are stored in one write.
 *
 * @param indicators           one entry per indicator the street graded or marked not applicable
 * @param executionExplanation the explanation of an execution rate below the template's threshold, {@code null}
 *                             if none was written
 */
@Schema(description = "街道自评内容 / the street's own assessment")
public record SelfAssessment(
        @Schema(description = "逐项自评 / per indicator") List<IndicatorAssessment> indicators,
        @Schema(description = "预算执行率偏低的原因说明 / why the execution rate is low") String executionExplanation) {

    public static final SelfAssessment NONE = new SelfAssessment(List.of(), null);

    public SelfAssessment {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Optional<IndicatorAssessment> of(String indicatorId) {
        return indicators.stream().filter(assessed -> assessed.indicatorId().equals(indicatorId)).findFirst();
    }
}
