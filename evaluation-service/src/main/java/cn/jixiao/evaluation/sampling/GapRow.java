package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The gap between self-score and 复核分 over some re-scored lines (a street's, a kind of indicator's, all): how
 * much the street scored itself above the district's reviewers (score inflation, 自评虚高). Only lines the
 * reviewers re-scored count; a line not re-scored says nothing either way.
 *
 * @param key         the street id, the 一级 part ({@code EXECUTION} for 预算执行率, OUTPUT, EFFECT, ...), the 二级
 *                    dimension, or {@code ALL}
 * @param label       the key as a person reads it (a street's id, the workbench names it)
 * @param parent      the 一级 part of a 二级 dimension, else {@code null}
 * @param evaluations sampled evaluations with at least one of these lines re-scored
 * @param lines       lines re-scored
 */
@Schema(description = "自评分与复核分之差 / the gap between self-score and review score")
public record GapRow(
        @Schema(description = "街道、一级或二级指标的代码 / street, part or dimension") String key,
        @Schema(description = "名称 / label") String label,
        @Schema(description = "二级指标所属一级 / a dimension's part") String parent,
        @Schema(description = "涉及的抽查自评份数 / evaluations") int evaluations,
        @Schema(description = "复核的行数 / lines re-scored") int lines,
        @Schema(description = "这些行的自评分合计 / their self-scores") BigDecimal selfScore,
        @Schema(description = "这些行的复核分合计 / their review scores") BigDecimal reviewScore,
        @Schema(description = "差额：自评分 − 复核分，正数即自评偏高 / self minus review; above 0 the street scored "
                + "itself higher") BigDecimal gap,
        @Schema(description = "平均每份自评的差额 / gap per evaluation") BigDecimal gapPerEvaluation,
        @Schema(description = "差额占自评分的百分比；自评分为 0 时为空 / gap as a percentage of the self-scores; "
                + "empty when they are 0") BigDecimal gapPercent) {

    static GapRow of(String key, String label, String parent, int evaluations, int lines, BigDecimal selfScore,
                     BigDecimal reviewScore) {
        BigDecimal gap = selfScore.subtract(reviewScore);
        BigDecimal perEvaluation = evaluations == 0 ? null
                : gap.divide(BigDecimal.valueOf(evaluations), 2, RoundingMode.HALF_UP);
        BigDecimal percent = selfScore.signum() == 0 ? null
                : gap.multiply(BigDecimal.valueOf(100)).divide(selfScore, 2, RoundingMode.HALF_UP);
        return new GapRow(key, label, parent, evaluations, lines, selfScore, reviewScore, gap, perEvaluation, percent);
    }
}
