package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The street's judgement of one indicator.
 *
 * @param grade               for a 定性 indicator (or a text actual such as 完成 on a numeric target) the code of
 *                            the grade chosen in the template's qualitative scale ({@code ACHIEVED}, … by
 *                            default; e.g. 优 in a template's own scale), else {@code null}
 * @param score               the points awarded with that grade, inside the grade's band
 * @param notApplicable       the indicator does not apply this year
 * @param notApplicableReason why, required when it does not apply
 */
@Schema(description = "单项指标自评 / the street's judgement of one indicator")
public record IndicatorAssessment(
        @Schema(description = "指标 / indicator") String indicatorId,
        @Schema(description = "定性等级代码，按模板的定性等级 / the grade's code in the template's qualitative scale")
        String grade,
        @Schema(description = "定性得分 / points awarded with the grade") BigDecimal score,
        @Schema(description = "不适用 / does not apply this year") boolean notApplicable,
        @Schema(description = "不适用原因 / why it does not apply") String notApplicableReason) {
}
