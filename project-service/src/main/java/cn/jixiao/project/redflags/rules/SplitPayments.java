package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 拆分支付: several payments to the same payee within a short period, each just under the procurement threshold
 * (at least the threshold less the margin, and below it). The payee's such payments are taken in date order; a
 * series starts at a payment and holds the following ones dated within the window of it; a series of enough
 * payments is a flag, and the next series starts after it.
 */
public final class SplitPayments implements LedgerRule {

    private final RedFlagThresholds thresholds;

    public SplitPayments(RedFlagThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.SPLIT_PAYMENTS;
    }

    @Override
    public String threshold() {
        return "同一收款人 " + thresholds.splitWindowDays() + " 天内 " + thresholds.splitMinPayments()
                + " 笔及以上支付，每笔在采购限额 " + Percent.yuan(thresholds.procurementThreshold()) + " 以下且不低于 "
                + Percent.yuan(thresholds.splitFloor());
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        BigDecimal floor = thresholds.splitFloor();
        Map<String, List<LedgerRow>> byPayee = new LinkedHashMap<>();
        for (LedgerRow row : facts.rows()) {
            if (!row.payee().isEmpty() && row.amount().compareTo(floor) >= 0
                    && row.amount().compareTo(thresholds.procurementThreshold()) < 0) {
                byPayee.computeIfAbsent(row.payee(), payee -> new ArrayList<>()).add(row);
            }
        }
        List<RedFlag> flags = new ArrayList<>();
        byPayee.forEach((payee, rows) -> {
            int start = 0;
            while (start < rows.size()) {
                int end = start;
                while (end + 1 < rows.size() && ChronoUnit.DAYS.between(rows.get(start).date(),
                        rows.get(end + 1).date()) <= thresholds.splitWindowDays()) {
                    end++;
                }
                List<LedgerRow> series = rows.subList(start, end + 1);
                if (series.size() >= thresholds.splitMinPayments()) {
                    flags.add(RedFlag.ofRows(kind(), "向「" + payee + "」在 " + series.get(0).date() + " 至 "
                            + series.get(series.size() - 1).date() + " 间支付 " + series.size() + " 笔，合计 "
                            + Percent.yuan(Percent.sum(series)) + "，每笔均略低于采购限额 "
                            + Percent.yuan(thresholds.procurementThreshold()), series));
                    start = end + 1;
                } else {
                    start++;
                }
            }
        });
        return flags;
    }
}
