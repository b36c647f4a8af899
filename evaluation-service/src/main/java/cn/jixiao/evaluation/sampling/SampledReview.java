package cn.jixiao.evaluation.sampling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A draw of 抽查复核, stored once and never changed: the district and year, the stated seed and size, the whole
 * population it was drawn from (the ids, with their streets), the evaluations drawn, who drew it and when. Anyone
 * may run {@link SampleDraw} on the population and the seed and get the same evaluations. Drawing again for the
 * same year is another sample with its own id; the re-scores live in {@link ReScoring}, one document per sampled
 * evaluation, so recording them never rewrites the draw.
 */
@Document(SampledReview.COLLECTION)
public record SampledReview(
        @Id String id,
        String districtId,
        int year,
        long seed,
        SampleSize size,
        List<Candidate> population,
        List<SampledEvaluation> drawn,
        String drawnBy,
        Instant drawnAt) {

    public static final String COLLECTION = "sampled_reviews";

    public SampledReview {
        population = List.copyOf(population);
        drawn = List.copyOf(drawn);
    }

    public Optional<SampledEvaluation> drawn(String evaluationId) {
        return drawn.stream().filter(evaluation -> evaluation.evaluationId().equals(evaluationId)).findFirst();
    }

    /** The id of the re-scores of one of its evaluations: one document each, found by id alone. */
    public String reScoringId(String evaluationId) {
        return id + ":" + evaluationId;
    }
}
