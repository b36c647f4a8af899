package cn.jixiao.report.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.MonitoringReported;
import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.contracts.project.MonitoringRoundOpened;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;

/**
 * Reads project-service's events into report-service's own records, at the edge: the read model stores and the
 * report reads only these, so a new version of an event changes this class, not the stored documents.
 */
public final class ProjectEventMapping {

    private ProjectEventMapping() {
    }

    public static Registration registration(ProjectRegistered registered) {
        return new Registration(registered.code(), registered.name(), registered.year(),
                registered.competentDepartment(), registered.implementingUnit());
    }

    public static ProjectDetails details(ProjectUpdated updated) {
        return new ProjectDetails(updated.name(), updated.year(), updated.competentDepartment(),
                updated.implementingUnit(), updated.overview(), updated.overallGoal(), updated.annualGoals(),
                updated.revision());
    }

    public static Budget budget(BudgetChanged changed) {
        return new Budget(changed.initialBudget(), changed.fullYearBudget(),
                mapped(changed.bySource(), line -> new Budget.SourceLine(line.source(), line.initial(), line.fullYear())),
                mapped(changed.byClassification(), line -> new ClassificationAmount(line.code(), line.name(), line.amount())),
                changed.revision());
    }

    /** The ledger's totals; a v1 event carries no revision. */
    public static Ledger ledger(ExpenditureRecorded spending) {
        ExpenditureRecorded.LedgerTotals totals = spending.totals();
        return new Ledger(totals.executed(),
                mapped(totals.byClassification(), line -> new ClassificationAmount(line.code(), line.name(), line.amount())),
                spending.revision());
    }

    /** 全年执行数 as a summary figure, with its source as the report prints it. */
    public static ExecutionSummary executionSummary(ExecutionSummaryReported summary) {
        return new ExecutionSummary(summary.executed(), summary.sourceLabel(), summary.note(), summary.revision());
    }

    public static IndicatorPlan indicators(IndicatorsDefined defined) {
        return new IndicatorPlan(defined.templateId(), defined.templateVersion(), lines(defined.indicators()),
                defined.revision());
    }

    /** 送审: the street submitted the tree's revision for approval. */
    public static PerformanceTargets.Step submission(TargetsSubmitted submitted, Instant at) {
        return new PerformanceTargets.Step(submitted.revision(), submitted.submittedBy(), submitted.comment(), at);
    }

    /** 退回: the district sent the submitted revision back with its comment. */
    public static PerformanceTargets.Step giveBack(TargetsReturned returned, Instant at) {
        return new PerformanceTargets.Step(returned.revision(), returned.returnedBy(), returned.comment(), at);
    }

    /** 批复, with the approved tree (an approval names no template: the evaluation's records which one scores it). */
    public static PerformanceTargets.Approval approval(TargetsApproved approved, Instant at) {
        return new PerformanceTargets.Approval(approved.revision(), approved.approvedBy(), approved.comment(), at,
                new IndicatorPlan(null, 0, lines(approved.indicators()), approved.revision()));
    }

    /** 目标调整批复, with the tree in force after it. */
    public static PerformanceTargets.Adjustment adjustment(TargetsAdjusted adjusted, Instant at) {
        return new PerformanceTargets.Adjustment(adjusted.revisionBefore(), adjusted.revision(), adjusted.reason(),
                adjusted.requestedBy(), adjusted.approvedBy(), adjusted.comment(), at,
                new IndicatorPlan(null, 0, lines(adjusted.indicators()), adjusted.revision()));
    }

    private static List<IndicatorPlan.Indicator> lines(List<IndicatorsDefined.Indicator> indicators) {
        return mapped(indicators, indicator -> new IndicatorPlan.Indicator(indicator.id(), indicator.dimension(),
                indicator.name(), new IndicatorPlan.Target(indicator.target() == null ? null : indicator.target().text()),
                indicator.weight()));
    }

    public static Actuals actuals(ActualsReported reported) {
        return new Actuals(mapped(reported.actuals(),
                actual -> new Actuals.Actual(actual.indicatorId(), actual.text(), actual.deviationNote())),
                reported.revision());
    }

    /** The file as the evidence list shows it, still listed. */
    public static EvidenceItem evidence(EvidenceAttached attached) {
        return new EvidenceItem(attached.evidenceId(), attached.type(), attached.title(), attached.fileName(),
                attached.position(), false);
    }

    /** 绩效监控下达: the round as the monitoring form's title and header print it. */
    public static MonitoringRound round(MonitoringRoundOpened opened) {
        return new MonitoringRound(opened.roundId(), opened.districtId(), opened.year(), opened.name(), opened.asOf(),
                opened.dueDate(), opened.marginPoints());
    }

    /** 绩效监控表提交: the form as submitted at {@code at}, every line with its light and explanation. */
    public static MonitoringRecord.Submission monitoring(MonitoringReported reported, Instant at) {
        MonitoringReported.Spending spending = reported.spending();
        return new MonitoringRecord.Submission(reported.asOf(), reported.submittedBy(), at,
                spending == null ? null : new MonitoringRecord.Spending(spending.executed(), spending.fullYearBudget(),
                        spending.executionRate(), spending.plannedPercent(), spending.plan(), spending.marginPoints(),
                        spending.light(), spending.cause(), spending.measure()),
                mapped(reported.indicators(), line -> new MonitoringRecord.IndicatorLine(line.indicatorId(),
                        line.name(), line.target(), line.progress(), line.expected(), line.light(), line.cause(),
                        line.measure())));
    }

    /** 绩效监控审核: approved, or returned with the district's comment. */
    public static MonitoringRecord.Review review(MonitoringReviewed reviewed, Instant at) {
        return new MonitoringRecord.Review(reviewed.outcome(), reviewed.reviewedBy(), reviewed.comment(), at);
    }

    private static <T, R> List<R> mapped(List<T> items, Function<T, R> mapping) {
        return items == null ? List.of() : items.stream().map(mapping).toList();
    }
}
