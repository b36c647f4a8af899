package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.evaluation.scoring.BlockingItem;
import cn.jixiao.evaluation.scoring.ExecutionScore;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.PartSubtotal;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;

/**
 * The score as last recomputed, with the arithmetic of every line, and the district's 复核分 beside it; when it was
 * recomputed and which of the project's data it reflects, so a page can say how fresh it is and wait for a save.
 */
@Schema(description = "自评得分及计分说明 / the self-evaluation's score with its explanation")
record ScoreView(
        @Schema(description = "自评 / the self-evaluation") String evaluationId,
        @Schema(description = "计分模板 / the template that scored it") TemplateRef template,
        @Schema(description = "总分 / total, two decimals") BigDecimal total,
        @Schema(description = "自评等级 / grade") Grade grade,
        @Schema(description = "等级表述，如 优秀 / grade as the report words it") String gradeLabel,
        @Schema(description = "预算执行率得分 / budget execution score") ExecutionScore execution,
        @Schema(description = "各三级指标得分 / each indicator's score") List<IndicatorScore> indicators,
        @Schema(description = "各一级指标小计 / part subtotals") List<PartSubtotal> parts,
        @Schema(description = "提交前须补全的事项 / what blocks submission") List<BlockingItem> blockingItems,
        @Schema(description = "计分说明，逐行 / the explanation, line by line") List<String> explanationLines,
        @Schema(description = "暂无法计分的原因 / why there is no score yet; null when scored") String notScoredBecause,
        @Schema(description = "区复核分，与自评分并列 / the district's review scores, beside the self-scores") List<ReviewScore> reviewScores,
        @Schema(description = "复核总分；未复核评分时为空 / review total, null without review scores") BigDecimal reviewTotal,
        @Schema(description = "复核等级 / grade of the review total") Grade reviewGrade,
        @Schema(description = "得分最近一次重算的时间；尚未计分时为空 / when the score was last recomputed, null before "
                + "the first scoring") Instant scoredAt,
        @Schema(description = "得分所依据的项目数据的修订号 / the revisions of the project's data the score reflects")
        ScoreReflects reflects,
        @Schema(description = "提交后项目数据有变化，退回或重新开启后计入 / project data changed after the score was "
                + "frozen; it counts once returned or reopened") boolean projectDataChangedSinceScored) {

    static ScoreView of(SelfEvaluation evaluation) {
        ScoreCard card = evaluation.scoreCard();
        Review review = evaluation.review();
        if (card == null) {
            String why = evaluation.selfScore().whyNotScored();
            return new ScoreView(evaluation.id(), null, null, null, null, null, List.of(), List.of(), List.of(),
                    List.of(), why, review.scores(), review.total(), review.grade(), evaluation.scoredAt(),
                    ScoreReflects.of(evaluation.inputs()), evaluation.projectDataChangedSinceScored());
        }
        return new ScoreView(evaluation.id(), card.template(), card.total(), card.grade(), card.gradeLabel(),
                card.execution(), card.indicators(), card.parts(), card.blockingItems(), card.explanationLines(), null,
                review.scores(), review.total(), review.grade(), evaluation.scoredAt(),
                ScoreReflects.of(evaluation.inputs()), evaluation.projectDataChangedSinceScored());
    }
}
