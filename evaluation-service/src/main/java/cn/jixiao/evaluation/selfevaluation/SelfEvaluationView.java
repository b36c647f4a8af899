package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;

/**
 * A self-evaluation as the API shows it: the project, where the evaluation stands, its totals and the district's
 * review. The inputs, the score card and the surveys have their own endpoints (score, surveys), the outbox stays
 * inside. Pass {@code version} back with the next change.
 */
@Schema(description = "绩效自评 / a self-evaluation")
public record SelfEvaluationView(
        @Schema(description = "自评 / evaluation id") String id,
        @Schema(description = "项目 / project") String projectId,
        @Schema(description = "轮次，重新开启后加一 / round, one more after each reopening") int round,
        @Schema(description = "区 / district") String districtId,
        @Schema(description = "街道 / street") String tenantId,
        @Schema(description = "项目编码 / project code") String projectCode,
        @Schema(description = "项目名称 / project name") String projectName,
        @Schema(description = "预算年度 / budget year") int year,
        @Schema(description = "状态 / status") EvaluationStatus status,
        @Schema(description = "开启时间 / opened") Instant openedAt,
        @Schema(description = "街道自评 / the street's self-assessment") SelfAssessment selfAssessment,
        @Schema(description = "区复核分 / the district's review scores") List<ReviewScore> reviewScores,
        @Schema(description = "复核总分；未复核评分时为空 / review total, null without review scores") BigDecimal reviewTotal,
        @Schema(description = "复核等级 / grade of the review total") Grade reviewGrade,
        @Schema(description = "流程记录 / steps taken, oldest first") List<HistoryEntry> history,
        @Schema(description = "计分模板 / the template version that scores it") TemplateRef template,
        @Schema(description = "版本，修改时回传 / version, to send back with a change") Long version,
        @Schema(description = "自评总分；尚未计分时为空 / self-score total, null while not scored") BigDecimal total,
        @Schema(description = "自评等级 / grade") Grade grade,
        @Schema(description = "提交后项目数据有变化，退回或重新开启后计入 / project data changed after the score was "
                + "frozen; it counts once returned or reopened") boolean projectDataChangedSinceScored,
        @Schema(description = "得分最近一次重算的时间；尚未计分时为空 / when the score was last recomputed, null before "
                + "the first scoring") Instant scoredAt,
        @Schema(description = "得分所依据的项目数据的修订号 / the revisions of the project's data the score reflects")
        ScoreReflects reflects) {

    public static SelfEvaluationView of(SelfEvaluation evaluation) {
        Review review = evaluation.review();
        return new SelfEvaluationView(evaluation.id(), evaluation.projectId(), evaluation.round(),
                evaluation.districtId(), evaluation.tenantId(), evaluation.projectCode(), evaluation.projectName(),
                evaluation.year(), evaluation.status(), evaluation.openedAt(), evaluation.assessment(),
                review.scores(), review.total(), review.grade(), evaluation.workflow().history(),
                evaluation.template(), evaluation.version(), evaluation.total(), evaluation.grade(),
                evaluation.projectDataChangedSinceScored(), evaluation.scoredAt(), ScoreReflects.of(evaluation.inputs()));
    }
}
