package cn.jixiao.project.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.IndicatorTreeView;
import cn.jixiao.project.indicators.TargetsAdjustment;
import cn.jixiao.project.indicators.TargetsApproval;
import cn.jixiao.project.indicators.TargetsChange;
import cn.jixiao.project.templates.TemplateParts;
import cn.jixiao.project.indicators.TargetsState;

/**
 * A project's 绩效目标表 as its approval stands: the state with its Chinese label, the version to send back with the
 * next step, every step taken, and what the checks before submission find in the tree as it is now; once approved,
 * the 目标调整 requests: the open one with its proposed tree, and every one with what it changes and how it was decided.
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
        @Schema(description = "提交前检查发现的问题；已知项目的评价模板时，含各部分分值合计是否与模板一致 / the findings of the "
                + "checks before submission, with the weights' sums against the project's template once it is known")
        List<TargetsFinding> findings,
        @Schema(description = "流程记录，最早的在前 / the steps taken, oldest first") List<HistoryView> history,
        @Schema(description = "可以申请目标调整：已批复且没有待审核的调整申请 / an adjustment may be requested: approved "
                + "and none open") boolean adjustable,
        @Schema(description = "待区审核的目标调整申请，没有时为空 / the adjustment request with the district, if any")
        AdjustmentView adjustment,
        @Schema(description = "全部目标调整申请，最早的在前 / every adjustment request, oldest first")
        List<AdjustmentView> adjustments) {

    @Schema(description = "目标调整申请 / a target adjustment request")
    public record AdjustmentView(
            @Schema(description = "第几次调整申请，从 1 起 / its number, from 1") int number,
            @Schema(description = "状态：OPEN 待审核、APPROVED 已批准、RETURNED 已退回 / status") TargetsAdjustment.Status status,
            @Schema(description = "状态 / status label", example = "待审核") String statusLabel,
            @Schema(description = "调整原因 / reason") String reason,
            @Schema(description = "申请人 / requested by") String requestedBy,
            @Schema(description = "申请时间 / requested at") Instant requestedAt,
            @Schema(description = "申请时现行指标体系的修订号 / the revision in force when requested") long revision,
            @Schema(description = "审核人 / decided by") String decidedBy,
            @Schema(description = "审核时间 / decided at") Instant decidedAt,
            @Schema(description = "审核意见 / the district's comment") String comment,
            @Schema(description = "调整前的修订号（批准时）/ the revision before, once approved") Long revisionBefore,
            @Schema(description = "调整后的修订号（批准时）/ the revision after, once approved") Long revisionAfter,
            @Schema(description = "调整内容：新增、删除、修改的三级指标 / what it changes, line by line")
            List<ChangeView> changes,
            @Schema(description = "调整后的全部三级指标 / the proposed tree") List<IndicatorTreeView.IndicatorView> proposed) {

        static AdjustmentView of(int number, TargetsAdjustment adjustment) {
            return new AdjustmentView(number, adjustment.status(), adjustment.status().label(), adjustment.reason(),
                    adjustment.requestedBy(), adjustment.requestedAt(), adjustment.revision(), adjustment.decidedBy(),
                    adjustment.decidedAt(), adjustment.comment(), adjustment.revisionBefore(),
                    adjustment.revisionAfter(), adjustment.changes().stream().map(ChangeView::of).toList(),
                    adjustment.proposed().stream().map(IndicatorTreeView.IndicatorView::of).toList());
        }
    }

    @Schema(description = "调整的一行 / a line the adjustment changes")
    public record ChangeView(
            @Schema(description = "ADDED 新增、REMOVED 删除、CHANGED 修改 / kind") TargetsChange.Kind kind,
            @Schema(description = "新增、删除、修改 / kind label", example = "修改") String kindLabel,
            @Schema(description = "指标编号 / id") String indicatorId,
            @Schema(description = "三级指标 / name") String indicator,
            @Schema(description = "二级指标 / dimension") IndicatorDimension dimension,
            @Schema(description = "修改的字段：name、dimension、target、direction、weight、notApplicable / the fields changed")
            List<String> fields,
            @Schema(description = "原名称（改名时）/ the name before, if renamed") String nameBefore,
            @Schema(description = "原年度指标值 / the target before") String targetBefore,
            @Schema(description = "调整后年度指标值 / the target after") String targetAfter,
            @Schema(description = "原分值 / the weight before") BigDecimal weightBefore,
            @Schema(description = "调整后分值 / the weight after") BigDecimal weightAfter) {

        static ChangeView of(TargetsChange change) {
            return new ChangeView(change.kind(), change.kind().label(), change.indicatorId(), change.indicator(),
                    change.dimension(), change.fields(), change.nameBefore(), change.targetBefore(),
                    change.targetAfter(), change.weightBefore(), change.weightAfter());
        }
    }

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

    /** The view with the findings of every check, the weights' sums against the template when it is known. */
    static TargetsView of(IndicatorSystem system, Optional<TemplateParts> template) {
        TargetsState state = system.targets().state();
        List<TargetsFinding> findings = TargetsCheck.findings(system.indicators(), template);
        return new TargetsView(system.projectId(), system.version(), system.revision(), state, state.label(),
                state.locksTargets(), TargetsStep.SUBMIT.allowedIn(state) && findings.isEmpty(), findings,
                system.targets().history().stream().map(HistoryView::of).toList(),
                state == TargetsState.APPROVED && system.targets().openAdjustment().isEmpty(),
                system.targets().openAdjustment()
                        .map(open -> AdjustmentView.of(system.targets().adjustments().size(), open)).orElse(null),
                adjustments(system.targets().adjustments()));
    }

    private static List<AdjustmentView> adjustments(List<TargetsAdjustment> all) {
        return java.util.stream.IntStream.range(0, all.size())
                .mapToObj(index -> AdjustmentView.of(index + 1, all.get(index))).toList();
    }
}
