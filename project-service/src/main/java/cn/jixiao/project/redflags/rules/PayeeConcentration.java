package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 收款人集中: one payee taking more than the threshold's share of the project's money. A ledger of very few entries
 * is not judged (a project of one contract pays one payee), nor are rows without a payee. Named by the payee, so a
 * dismissal holds as the payee's rows grow.
 */
public final class PayeeConcentration implements LedgerRule {

    private final BigDecimal sharePercent;
    private final int minEntries;

    public PayeeConcentration(RedFlagThresholds thresholds) {
        this.sharePercent = thresholds.payeeSharePercent();
        this.minEntries = thresholds.payeeMinEntries();
    }

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.PAYEE_CONCENTRATION;
    }

    @Override
    public String threshold() {
        return "单一收款人所得超过项目支出的 " + sharePercent.stripTrailingZeros().toPlainString() + "%（台账不少于 "
                + minEntries + " 笔时判断）";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        if (facts.rows().size() < minEntries) {
            return List.of();
        }
        BigDecimal total = Percent.sum(facts.rows());
        Map<String, List<LedgerRow>> byPayee = new LinkedHashMap<>();
        facts.rows().stream().filter(row -> !row.payee().isEmpty())
                .forEach(row -> byPayee.computeIfAbsent(row.payee(), payee -> new ArrayList<>()).add(row));
        List<RedFlag> flags = new ArrayList<>();
        byPayee.forEach((payee, rows) -> {
            BigDecimal paid = Percent.sum(rows);
            if (Percent.above(paid, total, sharePercent)) {
                flags.add(RedFlag.of(kind(), payee, "「" + payee + "」收款 " + Percent.yuan(paid) + "（" + rows.size()
                        + " 笔），占项目支出 " + Percent.yuan(total) + " 的 " + Percent.of(paid, total) + "%", rows));
            }
        });
        return flags;
    }
}
