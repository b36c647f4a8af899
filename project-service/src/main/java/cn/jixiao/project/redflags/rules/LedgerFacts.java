package cn.jixiao.project.redflags.rules;

import java.util.Comparator;
import java.util.List;

/**
 * What the rules judge: the project's budget year, its committed ledger rows and its budget.
 *
 * @param rows   in date order, then by voucher number, whatever order they were given in
 * @param budget the budget with its dated adjustments; {@code null} while no budget has been entered
 */
public record LedgerFacts(int year, List<LedgerRow> rows, BudgetInForce budget) {

    public LedgerFacts {
        rows = rows == null ? List.of() : rows.stream()
                .sorted(Comparator.comparing(LedgerRow::date).thenComparing(LedgerRow::voucherNo)).toList();
    }
}
