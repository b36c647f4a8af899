package cn.jixiao.project.redflags.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the rules judge: the project's budget year, its committed ledger rows and when its budget came to exist.
 *
 * @param rows          in date order, then by voucher number, whatever order they were given in
 * @param budgetEntered whether a budget has been entered for the project at all
 * @param budgetSetOn   the day (in Beijing) the budget was first entered; {@code null} when not entered, or when it
 *                      was entered before the audit trail recorded budgets (then the day is unknown)
 */
public record LedgerFacts(int year, List<LedgerRow> rows, boolean budgetEntered, LocalDate budgetSetOn) {

    public LedgerFacts {
        rows = rows == null ? List.of() : rows.stream()
                .sorted(Comparator.comparing(LedgerRow::date).thenComparing(LedgerRow::voucherNo)).toList();
        if (!budgetEntered && budgetSetOn != null) {
            throw new IllegalArgumentException("a budget not entered has no day it was set");
        }
    }
}
