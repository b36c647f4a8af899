package cn.jixiao.project.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Takes an item off the evidence list. Nothing is deleted: the evidence list is part of the audit record. */
@Schema(description = "撤回佐证材料 / withdraw an item of evidence")
public record WithdrawEvidence(
        @Schema(description = "撤回原因 / why it is withdrawn", example = "上传的是2022年度的指标体系，已重新上传2023年度版本")
        @NotBlank @Size(max = 500) String reason) {
}
