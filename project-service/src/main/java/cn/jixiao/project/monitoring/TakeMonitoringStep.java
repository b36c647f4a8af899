package cn.jixiao.project.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A step on the form, based on the version read ({@code null} to submit a form never saved): else 409. */
@Schema(description = "提交、审核通过或退回绩效监控表 / submit, approve or return the monitoring form")
public record TakeMonitoringStep(
        @Schema(description = "读取时的版本号 / the version read") Long version,
        @Schema(description = "意见：退回时必填 / comment: required on a return") @Size(max = 2000) String comment) {
}
