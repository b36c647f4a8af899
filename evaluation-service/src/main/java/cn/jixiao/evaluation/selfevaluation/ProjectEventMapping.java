package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectRegistered;

/**
 * Reads project-service's events into this service's own records, at the feed and nowhere else: the stored
 * evaluations never hold a contract record, so a new version of an event changes this mapping, not the data.
 */
final class ProjectEventMapping {

    private ProjectEventMapping() {
    }

    static RegisteredProject registered(ProjectRegistered project) {
        return new RegisteredProject(project.projectId(), project.districtId(), project.streetId(), project.code(),
                project.name(), project.year());
    }

    static ScoringInputs apply(ScoringInputs inputs, BudgetChanged budget) {
        return inputs.withBudget(budget.fullYearBudget(), budget.revision());
    }

    /** Ledger totals of v2 carry the ledger's revision; those of v1 ({@code revision} absent) are ordered by time. */
    static ScoringInputs apply(ScoringInputs inputs, ExpenditureRecorded spending, Instant recordedAt) {
        List<MonthlySpending> byMonth = each(spending.totals().byMonth()).stream()
                .map(month -> new MonthlySpending(month.month(), month.amount()))
                .toList();
        return inputs.withLedger(spending.totals().executed(), byMonth, spending.revision(), recordedAt);
    }

    /** A summary figure is kept beside the ledger's totals; which one is scored is {@link ScoringInputs}' rule. */
    static ScoringInputs apply(ScoringInputs inputs, ExecutionSummaryReported summary) {
        return inputs.withExecutionSummary(new ExecutionSummary(summary.executed(), summary.sourceLabel(),
                summary.revision()));
    }

    static ScoringInputs apply(ScoringInputs inputs, IndicatorsDefined defined) {
        return inputs.withIndicators(each(defined.indicators()).stream().map(ProjectEventMapping::indicator).toList(),
                defined.revision());
    }

    static ScoringInputs apply(ScoringInputs inputs, ActualsReported reported) {
        return inputs.withActuals(each(reported.actuals()).stream().map(ProjectEventMapping::actual).toList(),
                reported.revision());
    }

    static ProjectIndicator indicator(IndicatorsDefined.Indicator indicator) {
        return new ProjectIndicator(indicator.id(), indicator.dimension(), indicator.name(), indicator.target(),
                indicator.direction(), indicator.weight(), indicator.dataSource(), indicator.notApplicable(),
                indicator.directionSource());
    }

    private static <T> List<T> each(List<T> listed) {
        return listed == null ? List.of() : listed;
    }

    static ReportedActual actual(ActualsReported.Actual actual) {
        return new ReportedActual(actual.indicatorId(), actual.text(), actual.value(), actual.deviationNote(),
                actual.unit(), actual.reading());
    }
}
