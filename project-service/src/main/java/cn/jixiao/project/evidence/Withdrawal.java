package cn.jixiao.project.evidence;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why, by whom and when an item was taken off the evidence list. */
@Schema(description = "撤回记录 / withdrawal")
public record Withdrawal(
        @Schema(description = "撤回原因 / reason") String reason,
        @Schema(description = "撤回人 / withdrawn by") String withdrawnBy,
        @Schema(description = "撤回时间 / withdrawn at") Instant withdrawnAt) {
}
