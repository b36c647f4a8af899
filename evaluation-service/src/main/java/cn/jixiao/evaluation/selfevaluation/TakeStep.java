package cn.jixiao.evaluation.selfevaluation;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A workflow step on the version the person read.
 *
 * @param comment the reviewer's reasons when returning (required then), otherwise optional
 */
@Schema(description = "流程操作 / a workflow step")
public record TakeStep(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "意见；退回时必填 / comment, required when returning") @Size(max = 2000) String comment) {

    String commentOrNull() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
