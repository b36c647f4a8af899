package cn.jixiao.project.targets;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step of the targets' approval, based on the version read: if the tree or its approval changed in between, the
 * step is refused with 409 instead of acting on targets the person has not seen.
 */
@Schema(description = "绩效目标提交、退回或批复 / submit, return or approve the targets")
public record TakeTargetsStep(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "意见：退回时必填，说明需要修改的内容 / comment: required on a return, saying what to change",
                example = "满意度指标请改为可衡量的数值，如 ≥90%") @Size(max = 2000) String comment) {
}
