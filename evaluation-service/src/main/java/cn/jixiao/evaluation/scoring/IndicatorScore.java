package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorDimension;

/**
 * One 三级指标 line of the form.
 *
 * @param weight        the 分值 as defined
 * @param scaledWeight  the 分值 it was scored against: the same, unless not-applicable indicators were dropped
 *                      and the rest rescaled (then 0 for a dropped one)
 * @param score         得分, two decimals, half-up
 * @param notApplicable dropped as not applicable under a template that rescales
 * @param explanation   the rule and arithmetic, printable in the report
 */
public record IndicatorScore(String indicatorId, IndicatorDimension dimension, String name, BigDecimal weight,
                             BigDecimal scaledWeight, BigDecimal score, boolean notApplicable, String explanation) {
}
