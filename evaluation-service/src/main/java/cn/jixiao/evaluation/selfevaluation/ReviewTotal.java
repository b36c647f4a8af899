package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.GradeBands;

/**
 * 复核总分: the self-evaluation's lines with each 复核分 in place of the self-score it replaces, the other lines
 * keeping their self-score, added up like the self-score total; and its grade under the same bands.
 */
public record ReviewTotal(BigDecimal total, Grade grade) {

    /** The review total, or empty while the reviewer has set no 复核分 on any line of the card. */
    public static Optional<ReviewTotal> of(GradeBands bands, ScoreCard card, List<ReviewScore> reviews) {
        if (card == null || reviews.stream().noneMatch(review -> appliesTo(card, review))) {
            return Optional.empty();
        }
        BigDecimal total = card.indicators().stream()
                .map(line -> reviewed(line, reviews))
                .reduce(executionScore(card, reviews), BigDecimal::add);
        return Optional.of(new ReviewTotal(total, bands.bandFor(total).grade()));
    }

    /** The 预算执行率 line as reviewed: the 复核分 if one was set, else the self-score. */
    static BigDecimal executionScore(ScoreCard card, List<ReviewScore> reviews) {
        return executionReview(reviews).map(ReviewScore::score).orElse(card.execution().score());
    }

    /** A part's subtotal as reviewed, or {@code null} while none of its lines has a 复核分. */
    static BigDecimal partScore(ScoreCard card, List<ReviewScore> reviews, IndicatorCategory category) {
        List<IndicatorScore> lines = card.indicators().stream()
                .filter(line -> line.dimension().category() == category)
                .toList();
        if (lines.stream().noneMatch(line -> reviewOf(line.indicatorId(), reviews).isPresent())) {
            return null;
        }
        return lines.stream().map(line -> reviewed(line, reviews)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Optional<ReviewScore> reviewOf(String indicatorId, List<ReviewScore> reviews) {
        return reviews.stream().filter(review -> indicatorId.equals(review.indicatorId())).findFirst();
    }

    static Optional<ReviewScore> executionReview(List<ReviewScore> reviews) {
        return reviews.stream().filter(ReviewScore::isExecutionLine).findFirst();
    }

    private static BigDecimal reviewed(IndicatorScore line, List<ReviewScore> reviews) {
        return reviewOf(line.indicatorId(), reviews).map(ReviewScore::score).orElse(line.score());
    }

    /** A 复核分 of an indicator the project no longer has counts for nothing. */
    private static boolean appliesTo(ScoreCard card, ReviewScore review) {
        return review.isExecutionLine()
                || card.indicators().stream().anyMatch(line -> line.indicatorId().equals(review.indicatorId()));
    }
}
