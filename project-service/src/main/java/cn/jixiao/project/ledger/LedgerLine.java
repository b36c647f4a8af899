package cn.jixiao.project.ledger;

import java.time.LocalDate;

import cn.jixiao.contracts.money.Yuan;

/**
 * One spending entry that passed every rule: an amount above zero, a date inside the budget year, a known
 * classification with its catalogue name.
 *
 * @param sourceRow the row of the imported file it came from, {@code null} for an entry typed in
 */
record LedgerLine(LocalDate date, Yuan amount, String classificationCode, String classificationName, String payee,
                  String voucherNo, String summary, Integer sourceRow) {
}
