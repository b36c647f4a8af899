package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorsDefined;

/**
 * This service's copy of what a project's score is computed from, kept from project-service's snapshots.
 * Each snapshot replaces the one before it; an older or repeated one (by revision, or by time for the ledger
 * totals, which carry no revision) changes nothing, so redelivered and reordered events leave it right.
 *
 * @param fullYearBudget      全年预算数, {@code null} until the budget is set
 * @param budgetRevision      the revision of the budget snapshot applied, -1 for none (a first snapshot may be revision 0)
 * @param executed            全年执行数, {@code null} until spending is recorded
 * @param executedAsOf        when the applied ledger totals were recorded
 * @param indicators          the 三级指标 as last defined
 * @param indicatorsRevision  the revision of the indicators applied, -1 for none (a first snapshot may be revision 0)
 * @param actuals             the 实际完成值 as last reported
 * @param actualsRevision     the revision of the actuals applied, -1 for none (a first snapshot may be revision 0)
 * @param spentByMonth        the ledger's totals per month of the budget year, from the same ledger snapshot as
 *                            {@code executed}; the district overview's in-year monitoring lights are computed from them
 */
public record ScoringInputs(Yuan fullYearBudget, long budgetRevision,
                            Yuan executed, Instant executedAsOf,
                            List<IndicatorsDefined.Indicator> indicators, long indicatorsRevision,
                            List<ActualsReported.Actual> actuals, long actualsRevision,
                            List<ExpenditureRecorded.MonthTotal> spentByMonth) {

    public static final ScoringInputs NONE = new ScoringInputs(null, -1, null, null, List.of(), -1, List.of(), -1, List.of());

    public ScoringInputs {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        spentByMonth = spentByMonth == null ? List.of() : List.copyOf(spentByMonth);
    }

    public boolean isNewer(BudgetChanged budget) {
        return budget.revision() > budgetRevision;
    }

    public boolean isNewer(Instant recordedAt) {
        return executedAsOf == null || recordedAt.isAfter(executedAsOf);
    }

    public boolean isNewer(IndicatorsDefined defined) {
        return defined.revision() > indicatorsRevision;
    }

    public boolean isNewer(ActualsReported reported) {
        return reported.revision() > actualsRevision;
    }

    public ScoringInputs with(BudgetChanged budget) {
        return new ScoringInputs(budget.fullYearBudget(), budget.revision(), executed, executedAsOf,
                indicators, indicatorsRevision, actuals, actualsRevision, spentByMonth);
    }

    public ScoringInputs with(ExpenditureRecorded spending, Instant recordedAt) {
        return new ScoringInputs(fullYearBudget, budgetRevision, spending.totals().executed(), recordedAt,
                indicators, indicatorsRevision, actuals, actualsRevision, spending.totals().byMonth());
    }

    public ScoringInputs with(IndicatorsDefined defined) {
        return new ScoringInputs(fullYearBudget, budgetRevision, executed, executedAsOf,
                defined.indicators(), defined.revision(), actuals, actualsRevision, spentByMonth);
    }

    public ScoringInputs with(ActualsReported reported) {
        return new ScoringInputs(fullYearBudget, budgetRevision, executed, executedAsOf,
                indicators, indicatorsRevision, reported.actuals(), reported.revision(), spentByMonth);
    }
}
