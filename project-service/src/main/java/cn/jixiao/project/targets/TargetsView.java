package cn.jixiao.project.targets;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.TargetsApproval;
import cn.jixiao.project.indicators.TargetsState;

/**
 * A project's 绩效目标表 as its approval stands: the state with its Chinese label, the version to send back with the
 * next step, every step taken, and what the checks before submission find in the tree as it is now.
 */
@Schema(description = "绩效目标申报与审核 / the approval of the targets")
public record TargetsView(
        @Schema(description = "项目标识 / project") String projectId,
        @Schema(description = "版本号，提交、退回、批复时原样提交；尚未设定指标时为空 / version, send it back with the next "
                + "step; empty before the first definition of the indicators") Long version,
        @Schema(description = "指标体系修订号 / the indicator tree's revision") long revision,
        @Schema(description = "状态：DRAFT 草稿、SUBMITTED 已提交、RETURNED 已退回、APPROVED 已批复 / state",
                example = "SUBMITTED") TargetsState state,
        @Schema(description = "状态 / state label", example = "已提交") String stateLabel,
        @Schema(description = "绩效目标已锁定（已提交或已批复），不能修改 / locked: submitted or approved") boolean locked,
        @Schema(description = "可以提交：处于草稿或已退回且检查无问题 / may be submitted: draft or returned and nothing "
                + "found") boolean submittable,
        @Schema(description = "提交前检查发现的问题（分值与评价模板是否一致不在此检查）/ the findings of the checks before "
                + "submission (whether the weights fit the template is not checked here)") List<TargetsFinding> findings,
        @Schema(description = "流程记录，最早的在前 / the steps taken, oldest first") List<HistoryView> history) {

    @Schema(description = "流程记录 / a step taken")
    public record HistoryView(
            @Schema(description = "操作 / step", example = "SUBMIT") TargetsStep step,
            @Schema(description = "操作 / step label", example = "提交") String stepLabel,
            @Schema(description = "原状态 / state before") TargetsState from,
            @Schema(description = "新状态 / state after") TargetsState to,
            @Schema(description = "新状态 / state after, label", example = "已提交") String toLabel,
            @Schema(description = "操作人 / who") String actor,
            @Schema(description = "时间 / when") Instant at,
            @Schema(description = "意见 / comment") String comment,
            @Schema(description = "所涉指标体系修订号 / the tree's revision concerned") long revision) {

        static HistoryView of(TargetsApproval.Step step) {
            TargetsStep taken = TargetsStep.leadingTo(step.to());
            return new HistoryView(taken, taken.label(), step.from(), step.to(), step.to().label(), step.actor(),
                    step.at(), step.comment(), step.revision());
        }
    }

    static TargetsView of(IndicatorSystem system) {
        TargetsState state = system.targets().state();
        List<TargetsFinding> findings = TargetsCheck.findings(system.indicators());
        return new TargetsView(system.projectId(), system.version(), system.revision(), state, state.label(),
                state.locksTargets(), TargetsStep.SUBMIT.allowedIn(state) && findings.isEmpty(), findings,
                system.targets().history().stream().map(HistoryView::of).toList());
    }
}
