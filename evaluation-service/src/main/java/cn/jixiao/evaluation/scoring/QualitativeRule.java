package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.template.QualitativeBand;
import cn.jixiao.evaluation.template.QualitativeBands;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 定性: the evaluator picks a grade and awards points inside that grade's band of the weight. A score outside the
 * band contradicts the grade, so it is rejected rather than scored.
 */
final class QualitativeRule {

    private QualitativeRule() {
    }

    static LineScore judged(QualitativeBands bands, String indicatorName, ActualValue.Judged judgement,
                            BigDecimal weight) {
        QualitativeBand band = bands.bandOf(judgement.grade());
        BigDecimal score = judgement.score();
        if (score.stripTrailingZeros().scale() > 2 || !band.admits(score, weight)) {
            throw new ScoringException(ScoringException.Reason.QUALITATIVE_SCORE_OUTSIDE_BAND,
                    "指标「" + indicatorName + "」评为「" + judgement.grade().label() + "」，得分应为" + band.describe()
                            + "，即 " + pointsAt(band.fromPercent(), weight) + " 至 " + pointsAt(band.toPercent(), weight)
                            + " 分" + (band.includesTop() ? "" : "（不含）") + "，实为 " + plain(score));
        }
        BigDecimal awarded = Figures.points(score);
        String explanation = "定性评价「" + judgement.grade().label() + "」（" + band.describe() + "）：评定得分 " + awarded;
        if (weight.signum() > 0) {
            explanation += "，为分值 " + plain(weight) + " 的 "
                    + score.multiply(Figures.HUNDRED).divide(weight, 2, RoundingMode.HALF_UP) + "%";
        }
        return new LineScore(awarded, explanation);
    }

    private static BigDecimal pointsAt(BigDecimal percent, BigDecimal weight) {
        return weight.multiply(percent).divide(Figures.HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
