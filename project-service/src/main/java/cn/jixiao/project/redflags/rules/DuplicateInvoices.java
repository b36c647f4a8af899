package cn.jixiao.project.redflags.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 疑似重复报销: two or more rows (different vouchers) with the same amount, the same date and the same payee, the
 * mark of one invoice booked twice. Amounts are compared exactly as numbers (500 and 500.00 are the same).
 */
public final class DuplicateInvoices implements LedgerRule {

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.DUPLICATE_INVOICES;
    }

    @Override
    public String threshold() {
        return "金额、日期、收款人均相同的 2 笔及以上支出";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        Map<String, List<LedgerRow>> alike = new LinkedHashMap<>();
        for (LedgerRow row : facts.rows()) {
            if (!row.payee().isEmpty()) {
                String key = row.date() + "|" + row.payee() + "|" + row.amount().stripTrailingZeros().toPlainString();
                alike.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        return alike.values().stream().filter(rows -> rows.size() > 1)
                .map(rows -> RedFlag.ofRows(kind(), rows.get(0).date() + " 向「" + rows.get(0).payee() + "」支付 "
                        + Percent.yuan(rows.get(0).amount()) + " 共 " + rows.size() + " 笔（凭证号 "
                        + String.join("、", rows.stream().map(LedgerRow::voucherNo).toList()) + "）", rows))
                .toList();
    }
}
