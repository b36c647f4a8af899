package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * This service's copy of what a project's score is computed from, kept from project-service's snapshots in this
 * service's own records ({@link ProjectEventMapping} reads the events into them at the feed). Each snapshot
 * replaces the one before it; an older or repeated one changes nothing, so redelivered and reordered events leave
 * it right. Snapshots are ordered by their revision; ledger totals published before the ledger had one are
 * ordered by the time they were recorded.
 *
 * @param fullYearBudget      全年预算数, {@code null} until the budget is set
 * @param budgetRevision      the revision of the budget snapshot applied, -1 for none (a first snapshot may be revision 0)
 * @param executed            全年执行数, {@code null} until spending is recorded
 * @param executedAsOf        when the applied ledger totals were recorded
 * @param ledgerRevision      the ledger's revision of the applied totals, {@code null} for none or for totals that
 *                            carried none
 * @param indicators          the 三级指标 as last defined
 * @param indicatorsRevision  the revision of the indicators applied, -1 for none (a first snapshot may be revision 0)
 * @param actuals             the 实际完成值 as last reported
 * @param actualsRevision     the revision of the actuals applied, -1 for none (a first snapshot may be revision 0)
 * @param spentByMonth        the ledger's totals per month of the budget year, from the same ledger snapshot as
 *                            {@code executed}; the district overview's in-year monitoring lights are computed from them
 */
public record ScoringInputs(Yuan fullYearBudget, long budgetRevision,
                            Yuan executed, Instant executedAsOf, Long ledgerRevision,
                            List<ProjectIndicator> indicators, long indicatorsRevision,
                            List<ReportedActual> actuals, long actualsRevision,
                            List<MonthlySpending> spentByMonth) {

    public static final ScoringInputs NONE =
            new ScoringInputs(null, -1, null, null, null, List.of(), -1, List.of(), -1, List.of());

    public ScoringInputs {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        spentByMonth = spentByMonth == null ? List.of() : List.copyOf(spentByMonth);
    }

    /** The full-year budget of this budget snapshot, unless a later one was applied already. */
    public ScoringInputs withBudget(Yuan fullYear, long revision) {
        return revision <= budgetRevision ? this : new ScoringInputs(fullYear, revision, executed, executedAsOf,
                ledgerRevision, indicators, indicatorsRevision, actuals, actualsRevision, spentByMonth);
    }

    /**
     * The ledger's totals as recorded at {@code recordedAt}, unless later ones were applied already: by the ledger's
     * revision when the totals carry one, else (totals published before the ledger had revisions, which are all
     * older than any that carry one) by the time they were recorded.
     */
    public ScoringInputs withLedger(Yuan executedTotal, List<MonthlySpending> byMonth, Long revision,
                                    Instant recordedAt) {
        boolean newer = revision != null
                ? ledgerRevision == null || revision > ledgerRevision
                : ledgerRevision == null && (executedAsOf == null || recordedAt.isAfter(executedAsOf));
        return !newer ? this : new ScoringInputs(fullYearBudget, budgetRevision, executedTotal, recordedAt, revision,
                indicators, indicatorsRevision, actuals, actualsRevision, byMonth);
    }

    /** The indicators of this snapshot, unless a later one was applied already. */
    public ScoringInputs withIndicators(List<ProjectIndicator> defined, long revision) {
        return revision <= indicatorsRevision ? this : new ScoringInputs(fullYearBudget, budgetRevision, executed,
                executedAsOf, ledgerRevision, defined, revision, actuals, actualsRevision, spentByMonth);
    }

    /** The actuals of this snapshot, unless a later one was applied already. */
    public ScoringInputs withActuals(List<ReportedActual> reported, long revision) {
        return revision <= actualsRevision ? this : new ScoringInputs(fullYearBudget, budgetRevision, executed,
                executedAsOf, ledgerRevision, indicators, indicatorsRevision, reported, revision, spentByMonth);
    }

    /** The same snapshot with other actuals in it, e.g. a survey's rate in place of what was typed. */
    public ScoringInputs replacingActuals(List<ReportedActual> replaced) {
        return new ScoringInputs(fullYearBudget, budgetRevision, executed, executedAsOf, ledgerRevision,
                indicators, indicatorsRevision, replaced, actualsRevision, spentByMonth);
    }
}
