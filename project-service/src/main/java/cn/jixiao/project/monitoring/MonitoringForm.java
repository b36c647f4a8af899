package cn.jixiao.project.monitoring;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.project.indicators.TargetsState;

/**
 * A project's 绩效监控表 in a round: prefilled from the ledger, the budget and the targets in force while the street
 * fills it, as submitted afterwards; the lights, what still needs an explanation, and the steps taken.
 */
@Schema(description = "绩效监控表 / a project's monitoring form in a round")
public record MonitoringForm(
        @Schema(description = "批次 / the round") MonitoringRound round,
        @Schema(description = "项目标识 / project") String projectId,
        @Schema(description = "街道 / street") String streetId,
        @Schema(description = "项目编码 / code") String projectCode,
        @Schema(description = "项目名称 / name") String projectName,
        @Schema(description = "版本号，填报和提交时原样提交；尚未保存时为空 / version; empty before the first save") Long version,
        @Schema(description = "状态：NOT_STARTED 未填报、FILLED 填报中、SUBMITTED 已提交、APPROVED 审核通过、RETURNED 已退回 / "
                + "state") MonitoringState state,
        @Schema(description = "状态 / state label", example = "填报中") String stateLabel,
        @Schema(description = "已过填报截止日期且未提交 / past the due date and not handed in") boolean overdue,
        @Schema(description = "指标所依据的绩效目标状态：APPROVED 为已批复（含目标调整后）的现行目标，其余为尚未批复的指标体系 / "
                + "the state of the targets the lines show: APPROVED for the targets in force, else a tree not approved yet")
        TargetsState targetsState,
        @Schema(description = "绩效目标状态 / targets state label", example = "已批复") String targetsStateLabel,
        @Schema(description = "各行及偏差灯 / the lines and their lights") MonitoringLines lines,
        @Schema(description = "红灯行数 / red lines") long redLines,
        @Schema(description = "黄灯行数 / yellow lines") long yellowLines,
        @Schema(description = "提交前须补充的偏差原因和纠偏措施 / explanations missing before submission")
        List<MissingExplanation> missing,
        @Schema(description = "可以提交 / may be submitted now") boolean submittable,
        @Schema(description = "流程记录，最早的在前 / the steps taken, oldest first") List<HistoryView> history) {

    @Schema(description = "流程记录 / a step taken")
    public record HistoryView(MonitoringStep step, String stepLabel, MonitoringState from, MonitoringState to,
                              String actor, Instant at, String comment) {

        static HistoryView of(MonitoringReport.Step step) {
            return new HistoryView(step.step(), step.step().label(), step.from(), step.to(), step.actor(), step.at(),
                    step.comment());
        }
    }
}
