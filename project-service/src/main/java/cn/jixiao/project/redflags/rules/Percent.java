package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Shares of money, compared exactly and printed to one decimal place, and money as printed in a finding. */
final class Percent {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Percent() {
    }

    /** Whether {@code part} is more than {@code percent}% of {@code whole}, compared exactly (no division). */
    static boolean above(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(whole.multiply(percent)) > 0;
    }

    /** The share as printed, e.g. {@code 41.7}. */
    static String of(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Money as a finance officer reads it in a ledger: to the fen, thousands grouped ({@code 1,000,000.00 元}). */
    static String yuan(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f 元", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static BigDecimal sum(Iterable<LedgerRow> rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (LedgerRow row : rows) {
            total = total.add(row.amount());
        }
        return total;
    }
}
