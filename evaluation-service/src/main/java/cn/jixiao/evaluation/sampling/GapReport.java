package cn.jixiao.evaluation.sampling;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The gap report of one sample, as the API answers it. */
@Schema(description = "自评分与复核分差异分析 / the gap between self-scores and review scores")
public record GapReport(
        String sampleId,
        int year,
        @Schema(description = "抽中份数 / drawn") int drawn,
        @Schema(description = "按街道 / per street") List<GapRow> streets,
        @Schema(description = "按一级指标（含预算执行率） / per part") List<GapRow> parts,
        @Schema(description = "按二级指标 / per dimension") List<GapRow> dimensions,
        @Schema(description = "合计 / in all") GapRow overall) {

    static GapReport of(SampledReview sample, ScoreGaps.Report report) {
        return new GapReport(sample.id(), sample.year(), sample.drawn().size(), report.streets(), report.parts(),
                report.dimensions(), report.overall());
    }
}
