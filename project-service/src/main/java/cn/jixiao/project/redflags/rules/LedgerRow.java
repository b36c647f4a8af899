package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One committed entry of a project's spending ledger as the red-flag rules read it. The voucher number is unique in
 * the project, so it is the row's identity: a flag is named by its rule and the vouchers behind it.
 *
 * @param amount exact yuan, above zero
 */
public record LedgerRow(String voucherNo, LocalDate date, String payee, BigDecimal amount, String summary) {

    public LedgerRow {
        Objects.requireNonNull(voucherNo, "voucherNo");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payee = payee == null ? "" : payee.strip();
    }
}
