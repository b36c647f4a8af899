package cn.jixiao.project.targets;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.TargetsAdjustment;
import cn.jixiao.project.indicators.TargetsApproval;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.project.Project;

/**
 * One line of a list of projects by the state of their targets (the district's 目标审核 queue): which project of which
 * street, and the step that brought its targets where they are, by whom and when.
 */
@Schema(description = "按绩效目标状态列出的项目 / a project listed by the state of its targets")
public record TargetsListRow(
        @Schema(description = "项目标识 / project") String projectId,
        @Schema(description = "街道 / street") String streetId,
        @Schema(description = "项目编码 / code") String projectCode,
        @Schema(description = "项目名称 / name") String projectName,
        @Schema(description = "预算年度 / year") int year,
        @Schema(description = "绩效目标状态 / state of the targets", example = "SUBMITTED") TargetsState state,
        @Schema(description = "状态 / state label", example = "已提交") String stateLabel,
        @Schema(description = "最近一步操作人，如提交人 / who took the last step, e.g. who submitted") String lastStepBy,
        @Schema(description = "最近一步时间，如提交时间；草稿为空 / when, e.g. submitted when; empty for a draft")
        Instant lastStepAt,
        @Schema(description = "版本号，审核时原样提交 / version, send it back with the next step") Long version,
        @Schema(description = "有待区审核的目标调整申请 / an adjustment request awaits the district")
        boolean adjustmentOpen,
        @Schema(description = "待审核调整的申请人 / who asked for the open adjustment") String adjustmentRequestedBy,
        @Schema(description = "待审核调整的申请时间 / when the open adjustment was asked for") Instant adjustmentRequestedAt) {

    static TargetsListRow of(Project project, IndicatorSystem system) {
        TargetsApproval targets = system.targets();
        TargetsApproval.Step last = targets.history().isEmpty() ? null : targets.history().get(targets.history().size() - 1);
        return new TargetsListRow(project.id(), project.tenantId(), project.code(), project.details().name(),
                project.year(), targets.state(), targets.state().label(), last == null ? null : last.actor(),
                last == null ? null : last.at(), system.version(), targets.openAdjustment().isPresent(),
                targets.openAdjustment().map(TargetsAdjustment::requestedBy).orElse(null),
                targets.openAdjustment().map(TargetsAdjustment::requestedAt).orElse(null));
    }
}
