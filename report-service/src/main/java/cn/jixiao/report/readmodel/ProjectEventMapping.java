package cn.jixiao.report.readmodel;

import java.util.List;
import java.util.function.Function;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.ProjectUpdated;

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
        return new IndicatorPlan(defined.templateId(), defined.templateVersion(),
                mapped(defined.indicators(), indicator -> new IndicatorPlan.Indicator(indicator.id(),
                        indicator.dimension(), indicator.name(),
                        new IndicatorPlan.Target(indicator.target() == null ? null : indicator.target().text()),
                        indicator.weight())),
                defined.revision());
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

    private static <T, R> List<R> mapped(List<T> items, Function<T, R> mapping) {
        return items == null ? List.of() : items.stream().map(mapping).toList();
    }
}
