package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.evaluation.template.ReverseFormula;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * A RANGE target such as "90%–110%" (the rules are silent on ranges; this is the choice): inside the range,
 * bounds included, full marks; below it, scored like 正向 against the lower bound; above it, scored like 反向
 * against the upper bound, with the template's reverse formula. A range is a target to hit, so missing it on
 * either side costs points the way missing a ≥ or a ≤ target does.
 */
final class RangeRule {

    private RangeRule() {
    }

    static LineScore within(ReverseFormula formula, Measurement actual, BigDecimal lower, BigDecimal upper,
                            String targetText, BigDecimal weight) {
        String targetShown = "年度指标值 " + targetText;
        if (actual.value().compareTo(lower) < 0) {
            return PositiveRule.atLeast(actual, lower, targetShown + " 的下限 " + plain(lower), weight);
        }
        if (actual.value().compareTo(upper) > 0) {
            return ReverseRule.atMost(formula, actual, upper, targetShown + " 的上限 " + plain(upper), weight);
        }
        return LineScore.full(weight, actual.shown() + " 在" + targetShown + " 范围内");
    }
}
