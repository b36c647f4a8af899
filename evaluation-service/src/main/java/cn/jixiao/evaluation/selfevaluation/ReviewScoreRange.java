package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.http.HttpStatus;

import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * What a 复核分 may be, wherever one is set (the review workflow, a sampled review): a line of the scored card,
 * from 0 to the 分值 the line was scored against, to the cent.
 */
public final class ReviewScoreRange {

    private ReviewScoreRange() {
    }

    /**
     * @param indicatorId the indicator, or {@code null} for the 预算执行率 line
     * @return the score to two decimals, half up
     * @throws ProblemException 422 without a score card or out of range, 404 for an indicator the card has not
     */
    public static BigDecimal checked(ScoreCard card, String indicatorId, BigDecimal requested) {
        if (card == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-scored",
                    Bilingual.of("尚未计分，不能复核评分", "Not scored, nothing to review"),
                    Bilingual.of("自评尚无得分，无法设置复核分", "The evaluation has no score to set a review score beside"));
        }
        BigDecimal score = requested.setScale(2, RoundingMode.HALF_UP);
        BigDecimal weight = indicatorId == null ? card.execution().weight() : card.indicators().stream()
                .filter(line -> line.indicatorId().equals(indicatorId))
                .map(IndicatorScore::scaledWeight)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(Bilingual.of("指标", "Indicator"), indicatorId));
        if (score.signum() < 0 || score.compareTo(weight) > 0) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "review-score-out-of-range",
                    Bilingual.of("复核分超出分值", "Review score out of range"),
                    Bilingual.of("复核分应在 0 至 " + weight.stripTrailingZeros().toPlainString() + " 分之间，实为 "
                                    + score.toPlainString(),
                            "A review score must lie between 0 and " + weight.stripTrailingZeros().toPlainString()
                                    + "; got " + score.toPlainString()))
                    .with("allowedFrom", BigDecimal.ZERO).with("allowedTo", weight);
        }
        return score;
    }
}
