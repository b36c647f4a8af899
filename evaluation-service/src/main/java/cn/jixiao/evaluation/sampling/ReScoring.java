package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.evaluation.selfevaluation.ReviewScore;
import cn.jixiao.evaluation.selfevaluation.ReviewTotal;
import cn.jixiao.evaluation.template.Grade;

/**
 * The 复核分 a sampled review recorded on one sampled evaluation, line by line, with the 复核总分 and grade the
 * review workflow's rule ({@link ReviewTotal}) gives them. A record of its own: the street's finalized
 * self-evaluation is never changed by it; the gap between the two is the point.
 *
 * @param id      the sample's id and the evaluation's ({@link SampledReview#reScoringId})
 * @param total   复核总分: the card with these 复核分 in place of their self-scores
 * @param version optimistic lock, so two reviewers' lines never overwrite each other
 */
@Document(ReScoring.COLLECTION)
public record ReScoring(@Id String id, String sampleId, String districtId, String evaluationId,
                        List<ReviewScore> lines, BigDecimal total, Grade grade, @Version Long version) {

    public static final String COLLECTION = "sampled_review_scores";

    public ReScoring {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    static ReScoring none(SampledReview sample, String evaluationId) {
        return new ReScoring(sample.reScoringId(evaluationId), sample.id(), sample.districtId(), evaluationId,
                List.of(), null, null, null);
    }

    /** These re-scores with the line's 复核分 replaced (or added) and the total as the rule computes it. */
    ReScoring with(ReviewScore line, ReviewTotal recomputed) {
        List<ReviewScore> changed = new ArrayList<>(lines.stream()
                .filter(existing -> existing.isExecutionLine() ? !line.isExecutionLine()
                        : !existing.indicatorId().equals(line.indicatorId()))
                .toList());
        changed.add(line);
        return new ReScoring(id, sampleId, districtId, evaluationId, changed,
                recomputed == null ? null : recomputed.total(), recomputed == null ? null : recomputed.grade(), version);
    }

    /** The lines with {@code line} in place, before the total is recomputed. */
    List<ReviewScore> linesWith(ReviewScore line) {
        return with(line, null).lines();
    }
}
