package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step of the review workflow, as the evaluation records it: never changed or removed afterwards. */
@Schema(description = "流程记录 / one workflow step")
public record HistoryEntry(
        @Schema(description = "操作 / step") WorkflowStep step,
        @Schema(description = "原状态 / status before") EvaluationStatus from,
        @Schema(description = "新状态 / status after") EvaluationStatus to,
        @Schema(description = "操作人 / who") String actor,
        @Schema(description = "时间 / when") Instant at,
        @Schema(description = "意见 / comment") String comment) {
}
