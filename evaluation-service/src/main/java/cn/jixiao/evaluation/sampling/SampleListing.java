package cn.jixiao.evaluation.sampling;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A sample in the list of a year's draws. */
@Schema(description = "一次抽样 / one draw")
public record SampleListing(String id, int year, long seed, SampleSize size,
                            @Schema(description = "总体份数 / population") int populationSize,
                            @Schema(description = "抽中份数 / drawn") int drawnCount,
                            String drawnBy, Instant drawnAt) {

    static SampleListing of(SampledReview sample) {
        return new SampleListing(sample.id(), sample.year(), sample.seed(), sample.size(), sample.population().size(),
                sample.drawn().size(), sample.drawnBy(), sample.drawnAt());
    }
}
