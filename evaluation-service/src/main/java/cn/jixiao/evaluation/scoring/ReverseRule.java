package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.template.ReverseFormula;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 反向 (≤ target, lower is better): full marks at or below the target. Above it, by the template's formula:
 * {@link ReverseFormula#BAND} (1 − (actual − target) ÷ target) × weight, reaching 0 at twice the target;
 * {@link ReverseFormula#RATIO} target ÷ actual × weight. A target of 0 allows nothing above it: 0 points.
 */
final class ReverseRule {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ReverseRule() {
    }

    static LineScore atMost(ReverseFormula formula, Measurement actual, BigDecimal target, String targetShown,
                            BigDecimal weight) {
        BigDecimal a = actual.value();
        if (a.compareTo(target) <= 0) {
            return LineScore.full(weight, actual.shown() + " 未超过" + targetShown);
        }
        if (target.signum() == 0) {
            return LineScore.nothing(actual.shown() + " > " + targetShown);
        }
        return formula == ReverseFormula.BAND ? band(actual, target, targetShown, weight)
                : ratio(actual, target, targetShown, weight);
    }

    private static LineScore band(Measurement actual, BigDecimal target, String targetShown, BigDecimal weight) {
        BigDecimal a = actual.value();
        if (a.compareTo(target.multiply(TWO)) >= 0) {
            return LineScore.nothing(actual.shown() + " ≥ " + targetShown + " 的 2 倍");
        }
        // (1 − (a − t) ÷ t) × w = (2t − a) × w ÷ t: one exact division, rounded once.
        BigDecimal score = target.multiply(TWO).subtract(a).multiply(weight).divide(target, 2, RoundingMode.HALF_UP);
        return new LineScore(score, actual.shown() + " > " + targetShown + "：得分 = (1 − (" + plain(a) + " − "
                + plain(target) + ") ÷ " + plain(target) + ") × " + plain(weight) + " = " + score);
    }

    private static LineScore ratio(Measurement actual, BigDecimal target, String targetShown, BigDecimal weight) {
        BigDecimal a = actual.value();
        BigDecimal score = target.multiply(weight).divide(a, 2, RoundingMode.HALF_UP);
        return new LineScore(score, actual.shown() + " > " + targetShown + "：得分 = " + plain(target) + " ÷ "
                + plain(a) + " × " + plain(weight) + " = " + score);
    }
}
