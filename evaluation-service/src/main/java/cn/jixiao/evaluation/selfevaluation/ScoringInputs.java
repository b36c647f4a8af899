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
 * @param executionSummary    全年执行数 as a summary figure with its source, for a street that keeps no ledger in
 *                            Jixiao, {@code null} for none; it has no months, so monitoring never splits it
 */
public record ScoringInputs(Yuan fullYearBudget, long budgetRevision,
                            Yuan executed, Instant executedAsOf, Long ledgerRevision,
                            List<ProjectIndicator> indicators, long indicatorsRevision,
                            List<ReportedActual> actuals, long actualsRevision,
                            List<MonthlySpending> spentByMonth, ExecutionSummary executionSummary) {

    public static final ScoringInputs NONE =
            new ScoringInputs(null, -1, null, null, null, List.of(), -1, List.of(), -1, List.of(), null);

    public ScoringInputs {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        spentByMonth = spentByMonth == null ? List.of() : List.copyOf(spentByMonth);
    }

    /** The full-year budget of this budget snapshot, unless a later one was applied already. */
    public ScoringInputs withBudget(Yuan fullYear, long revision) {
        return revision <= budgetRevision ? this : new ScoringInputs(fullYear, revision, executed, executedAsOf,
                ledgerRevision, indicators, indicatorsRevision, actuals, actualsRevision, spentByMonth, executionSummary);
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
                indicators, indicatorsRevision, actuals, actualsRevision, byMonth, executionSummary);
    }

    /** The indicators of this snapshot, unless a later one was applied already. */
    public ScoringInputs withIndicators(List<ProjectIndicator> defined, long revision) {
        return revision <= indicatorsRevision ? this : new ScoringInputs(fullYearBudget, budgetRevision, executed,
                executedAsOf, ledgerRevision, defined, revision, actuals, actualsRevision, spentByMonth,
                executionSummary);
    }

    /** The actuals of this snapshot, unless a later one was applied already. */
    public ScoringInputs withActuals(List<ReportedActual> reported, long revision) {
        return revision <= actualsRevision ? this : new ScoringInputs(fullYearBudget, budgetRevision, executed,
                executedAsOf, ledgerRevision, indicators, indicatorsRevision, reported, revision, spentByMonth,
                executionSummary);
    }

    /** The same snapshot with other actuals in it, e.g. a survey's rate in place of what was typed. */
    public ScoringInputs replacingActuals(List<ReportedActual> replaced) {
        return new ScoringInputs(fullYearBudget, budgetRevision, executed, executedAsOf, ledgerRevision,
                indicators, indicatorsRevision, replaced, actualsRevision, spentByMonth, executionSummary);
    }

    /** The summary figure of this snapshot, unless a later one was applied already. */
    public ScoringInputs withExecutionSummary(ExecutionSummary summary) {
        return executionSummary != null && summary.revision() <= executionSummary.revision() ? this
                : new ScoringInputs(fullYearBudget, budgetRevision, executed, executedAsOf, ledgerRevision, indicators,
                indicatorsRevision, actuals, actualsRevision, spentByMonth, summary);
    }

    /**
     * The 全年执行数 the execution line scores: the ledger's once it has any entry, else the summary figure, else
     * {@code null}. A ledger wins because it is checked entry by entry; the summary is what a street without one
     * can show.
     */
    public Yuan scoredExecuted() {
        if (executed != null || executionSummary == null) {
            return executed;
        }
        return executionSummary.executed();
    }

    /**
     * Where the scored 全年执行数 came from, for the execution line's explanation, or {@code null} when it is the
     * ledger's alone (as before summary figures existed, so such explanations read as they did). A difference
     * between a ledger and a summary figure is said, not blocked: a finance officer explains it, the score uses
     * the ledger.
     */
    public String executedProvenance() {
        if (executionSummary == null) {
            return null;
        }
        String source = executionSummary.sourceLabel();
        if (executed == null) {
            return "全年执行数取自" + source + "（汇总数）";
        }
        Yuan difference = executed.minus(executionSummary.executed());
        if (difference.isZero()) {
            return "全年执行数取自账表，与" + source + "汇总数一致";
        }
        return "全年执行数取自账表 " + executed.amount().toPlainString() + " 元，与" + source + "汇总数 "
                + executionSummary.executed().amount().toPlainString() + " 元相差 "
                + difference.amount().toPlainString() + " 元，请说明差异；按账表计分";
    }
}
