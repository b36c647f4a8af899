package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.evaluation.template.Grade;

/** Every round of a project's self-evaluation, oldest first, each with its steps. */
@Schema(description = "项目各轮自评及其流程记录 / every round of the project's self-evaluation with its steps")
record EvaluationHistory(
        @Schema(description = "项目 / project") String projectId,
        @Schema(description = "各轮，从第一轮起 / the rounds, first one first") List<Round> rounds) {

    @Schema(description = "一轮自评 / one round")
    record Round(
            @Schema(description = "自评 / evaluation") String evaluationId,
            @Schema(description = "轮次 / round") int round,
            @Schema(description = "状态 / status") EvaluationStatus status,
            @Schema(description = "开启时间 / opened") Instant openedAt,
            @Schema(description = "自评总分 / self-score total") BigDecimal total,
            @Schema(description = "自评等级 / grade") Grade grade,
            @Schema(description = "复核总分 / review total") BigDecimal reviewTotal,
            @Schema(description = "复核等级 / review grade") Grade reviewGrade,
            @Schema(description = "流程记录 / steps") List<HistoryEntry> steps) {

        static Round of(SelfEvaluation evaluation) {
            return new Round(evaluation.id(), evaluation.round(), evaluation.status(), evaluation.openedAt(),
                    evaluation.total(), evaluation.grade(), evaluation.review().total(), evaluation.review().grade(),
                    evaluation.workflow().history());
        }
    }
}
