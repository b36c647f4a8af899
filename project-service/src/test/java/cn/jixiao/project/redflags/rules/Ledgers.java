package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A ledger written the way a test reads it: {@code row("2026-12-03", "某公司", "950000.00")}. */
final class Ledgers {

    private final List<LedgerRow> rows = new ArrayList<>();

    Ledgers row(String date, String payee, String amount) {
        rows.add(new LedgerRow("V" + String.format("%03d", rows.size() + 1), LocalDate.parse(date), payee,
                new BigDecimal(amount), "摘要"));
        return this;
    }

    List<LedgerRow> rows() {
        return rows;
    }

    /** The rows in a year whose budget (100 million from the start) covers them all. */
    LedgerFacts in(int year) {
        return new LedgerFacts(year, rows, new BudgetInForce(new BigDecimal("100000000"), List.of()));
    }

    static List<String> vouchers(List<RedFlag> flags) {
        return flags.stream().flatMap(flag -> flag.rows().stream()).map(LedgerRow::voucherNo).toList();
    }
}
