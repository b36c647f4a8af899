package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.evaluation.template.Grade;

/**
 * The district's review (复核) of a {@link SelfEvaluation}: its 复核分 beside the self-scores they replace, and the
 * review total and grade recomputed from them.
 *
 * @param scores the 复核分 set so far, one per line at most
 * @param total  复核总分, {@code null} while no 复核分 applies
 * @param grade  the grade of the review total, {@code null} with it
 */
public record Review(List<ReviewScore> scores, BigDecimal total, Grade grade) {

    public static final Review NONE = new Review(List.of(), null, null);

    public Review {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** These 复核分 with their total, or none yet. */
    static Review of(List<ReviewScore> scores, ReviewTotal total) {
        return new Review(scores, total == null ? null : total.total(), total == null ? null : total.grade());
    }
}
