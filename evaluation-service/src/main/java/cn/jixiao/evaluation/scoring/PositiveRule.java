package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.template.EqualRule;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 正向 (≥ target) and 等于 (= target): full marks at or above the target, else actual ÷ target × weight.
 * By default 等于 is scored like 正向, so an actual above an "=" target also scores full marks; a template may
 * instead have a deviation either way lose points ({@link EqualRule#DEVIATION_EITHER_WAY}: the smaller of
 * actual ÷ target and target ÷ actual, times the weight). Under either rule a target of 0 is special for 等于:
 * actual ≤ 0 scores full marks, anything else 0. The explanation names the rule.
 */
final class PositiveRule {

    private PositiveRule() {
    }

    /** @param targetShown how the explanation names the target, e.g. "年度指标值 ≥10次" */
    static LineScore atLeast(Measurement actual, BigDecimal target, String targetShown, BigDecimal weight) {
        if (actual.value().compareTo(target) >= 0) {
            return LineScore.full(weight, actual.shown() + " 达到" + targetShown);
        }
        if (target.signum() == 0) {
            // Only a negative actual falls short of a 0 target; there is no ratio to a 0 target.
            return LineScore.nothing(actual.shown() + " < " + targetShown);
        }
        String formula = actual.shown() + " < " + targetShown + "：得分 = " + plain(actual.value()) + " ÷ "
                + plain(target) + " × " + plain(weight);
        // One exact division rounded once: a ÷ t × w computed as a × w ÷ t never double-rounds.
        BigDecimal score = actual.value().multiply(weight).divide(target, 2, RoundingMode.HALF_UP);
        if (score.signum() < 0) {
            return new LineScore(Figures.points(BigDecimal.ZERO), formula + " < 0，按 0.00 计");
        }
        return new LineScore(score, formula + " = " + score);
    }

    static LineScore equalTo(EqualRule rule, Measurement actual, BigDecimal target, String targetShown,
                             BigDecimal weight) {
        LineScore line = equalToByRule(rule, actual, target, targetShown, weight);
        return new LineScore(line.score(), rule.label() + "：" + line.explanation());
    }

    private static LineScore equalToByRule(EqualRule rule, Measurement actual, BigDecimal target, String targetShown,
                                           BigDecimal weight) {
        if (target.signum() == 0) {
            if (actual.value().signum() <= 0) {
                return LineScore.full(weight, targetShown + "，" + actual.shown() + " ≤ 0");
            }
            return LineScore.nothing(targetShown + "，" + actual.shown() + " > 0");
        }
        if (rule == EqualRule.LIKE_POSITIVE || actual.value().compareTo(target) <= 0) {
            return atLeast(actual, target, targetShown, weight);
        }
        // Above the target: target ÷ actual × weight, one exact division rounded once (t × w ÷ a).
        BigDecimal score = target.multiply(weight).divide(actual.value(), 2, RoundingMode.HALF_UP);
        return new LineScore(score, actual.shown() + " > " + targetShown + "，偏离扣分：得分 = " + plain(target) + " ÷ "
                + plain(actual.value()) + " × " + plain(weight) + " = " + score);
    }
}
