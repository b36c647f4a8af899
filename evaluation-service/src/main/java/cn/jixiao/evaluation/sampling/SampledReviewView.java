package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.selfevaluation.ReviewScore;
import cn.jixiao.evaluation.template.Grade;

/** A sample as the district reads it: the draw, and each drawn evaluation with its self-scores and 复核分. */
@Schema(description = "抽查复核样本 / a sampled review")
public record SampledReviewView(
        String id,
        String districtId,
        int year,
        @Schema(description = "随机种子 / seed") long seed,
        SampleSize size,
        @Schema(description = "抽样总体：已定稿自评 / the population: finalized evaluations") List<Candidate> population,
        @Schema(description = "抽取人 / who drew it") String drawnBy,
        @Schema(description = "抽取时间 / when") Instant drawnAt,
        @Schema(description = "抽中的自评，按街道、项目编码排列 / drawn, by street and code") List<Evaluation> evaluations) {

    /** The key of the 预算执行率 line in the path of a re-score. */
    public static final String EXECUTION_LINE = "execution";

    @Schema(description = "抽中的一份自评 / a drawn evaluation")
    public record Evaluation(String evaluationId, String projectId, String streetId, String projectCode,
                             String projectName, int round,
                             @Schema(description = "自评总分 / self-score total") BigDecimal selfTotal,
                             @Schema(description = "自评等级 / self grade") Grade selfGrade,
                             @Schema(description = "复核总分；未复核为空 / review total") BigDecimal reviewTotal,
                             @Schema(description = "复核等级 / review grade") Grade reviewGrade,
                             @Schema(description = "已复核行数 / lines re-scored") int linesReScored,
                             @Schema(description = "应复核行数（不含不适用） / lines to re-score") int linesToReScore,
                             List<Line> lines) {

        static Evaluation of(SampledEvaluation drawn, ReScoring reScoring) {
            ScoreCard card = drawn.card();
            List<ReviewScore> reScores = reScoring == null ? List.of() : reScoring.lines();
            List<Line> lines = Stream.concat(
                    Stream.of(Line.execution(card, reScores.stream().filter(ReviewScore::isExecutionLine).findFirst())),
                    card.indicators().stream().map(line -> Line.of(line, reScores.stream()
                            .filter(score -> line.indicatorId().equals(score.indicatorId())).findFirst())))
                    .toList();
            return new Evaluation(drawn.evaluationId(), drawn.projectId(), drawn.streetId(), drawn.projectCode(),
                    drawn.projectName(), drawn.round(), card.total(), card.grade(),
                    reScoring == null ? null : reScoring.total(), reScoring == null ? null : reScoring.grade(),
                    (int) lines.stream().filter(line -> line.reScore() != null).count(),
                    (int) lines.stream().filter(line -> !line.notApplicable()).count(), lines);
        }
    }

    @Schema(description = "一行：自评分与复核分 / a line: self-score and review score")
    public record Line(
            @Schema(description = "行的键：指标 id，预算执行率为 execution / indicator id, execution for the rate") String lineId,
            @Schema(description = "一级：EXECUTION、OUTPUT、EFFECT、SATISFACTION、COST / part") String part,
            @Schema(description = "一级名称 / part label") String partLabel,
            @Schema(description = "二级名称 / dimension label") String dimensionLabel,
            @Schema(description = "指标名称 / name") String name,
            @Schema(description = "分值 / weight scored against") BigDecimal weight,
            @Schema(description = "自评分 / self-score") BigDecimal selfScore,
            boolean notApplicable,
            @Schema(description = "复核分 / review score") BigDecimal reScore,
            @Schema(description = "复核理由 / reason") String reason,
            @Schema(description = "复核人 / reviewer") String reviewer,
            @Schema(description = "复核时间 / when") Instant reScoredAt) {

        static Line execution(ScoreCard card, Optional<ReviewScore> reScore) {
            return new Line(EXECUTION_LINE, ScoreGaps.EXECUTION, "预算执行率", null, "预算执行率",
                    card.execution().weight(), card.execution().score(), false,
                    reScore.map(ReviewScore::score).orElse(null), reScore.map(ReviewScore::reason).orElse(null),
                    reScore.map(ReviewScore::reviewer).orElse(null), reScore.map(ReviewScore::at).orElse(null));
        }

        static Line of(IndicatorScore line, Optional<ReviewScore> reScore) {
            return new Line(line.indicatorId(), line.dimension().category().name(), line.dimension().category().label(),
                    line.dimension().label(), line.name(), line.scaledWeight(), line.score(), line.notApplicable(),
                    reScore.map(ReviewScore::score).orElse(null), reScore.map(ReviewScore::reason).orElse(null),
                    reScore.map(ReviewScore::reviewer).orElse(null), reScore.map(ReviewScore::at).orElse(null));
        }
    }

    static SampledReviewView of(SampledReview sample, Map<String, ReScoring> reScorings) {
        return new SampledReviewView(sample.id(), sample.districtId(), sample.year(), sample.seed(), sample.size(),
                sample.population(), sample.drawnBy(), sample.drawnAt(), sample.drawn().stream()
                .sorted(Comparator.comparing(SampledEvaluation::streetId)
                        .thenComparing(drawn -> drawn.projectCode() == null ? "" : drawn.projectCode()))
                .map(drawn -> Evaluation.of(drawn, reScorings.get(drawn.evaluationId())))
                .toList());
    }
}
