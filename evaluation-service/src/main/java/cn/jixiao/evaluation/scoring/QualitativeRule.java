package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.template.QualitativeBand;
import cn.jixiao.evaluation.template.QualitativeBands;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 定性: the evaluator picks a grade of the template's qualitative scale and awards points inside that grade's band
 * of the weight. A score outside the band contradicts the grade, and a grade the scale does not have means
 * nothing, so neither is scored: the line waits for a correction (a blocking item).
 */
final class QualitativeRule {

    private QualitativeRule() {
    }

    static LineScore judged(QualitativeBands bands, String indicatorName, ActualValue.Judged judgement,
                            BigDecimal weight) {
        QualitativeBand band = bands.find(judgement.grade()).orElseThrow(() -> new ScoringException(
                ScoringException.Reason.QUALITATIVE_SCORE_OUTSIDE_BAND,
                "指标「" + indicatorName + "」评为「" + judgement.grade() + "」，模板的定性等级中没有此等级，应为 "
                        + bands.gradesListed(),
                "indicator 「" + indicatorName + "」 is graded " + judgement.grade() + ", which the template's "
                        + "qualitative scale does not have; choose one of " + bands.codesListed()));
        BigDecimal score = judgement.score();
        if (score.stripTrailingZeros().scale() > 2 || !band.admits(score, weight)) {
            String from = pointsAt(band.fromPercent(), weight);
            String to = pointsAt(band.toPercent(), weight);
            throw new ScoringException(ScoringException.Reason.QUALITATIVE_SCORE_OUTSIDE_BAND,
                    "指标「" + indicatorName + "」评为「" + band.label() + "」，得分应为" + band.describe()
                            + "，即 " + from + " 至 " + to + " 分" + (band.includesTop() ? "" : "（不含）")
                            + "，实为 " + plain(score),
                    "indicator 「" + indicatorName + "」 graded " + band.grade() + " must score from " + from + " to "
                            + to + (band.includesTop() ? " inclusive" : " exclusive")
                            + " with at most two decimals; got " + plain(score));
        }
        BigDecimal awarded = Figures.points(score);
        String explanation = "定性评价「" + band.label() + "」（" + band.describe() + "）：评定得分 " + awarded;
        if (weight.signum() > 0) {
            explanation += "，为分值 " + plain(weight) + " 的 "
                    + score.multiply(Figures.HUNDRED).divide(weight, 2, RoundingMode.HALF_UP) + "%";
        }
        return new LineScore(awarded, explanation);
    }

    private static String pointsAt(BigDecimal percent, BigDecimal weight) {
        return weight.multiply(percent).divide(Figures.HUNDRED, 2, RoundingMode.HALF_UP).toString();
    }
}
