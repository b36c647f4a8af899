package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 连续整数金额: enough payments one after another in the ledger's date order whose amounts are whole multiples of
 * the round unit (by default 10,000 yuan). Real invoices rarely come out round time after time; a run of them
 * suggests estimates or advances booked as spending. Each maximal run is one flag.
 */
public final class RoundNumberSeries implements LedgerRule {

    private final BigDecimal unit;
    private final int minInSeries;

    public RoundNumberSeries(RedFlagThresholds thresholds) {
        this.unit = thresholds.roundUnit();
        this.minInSeries = thresholds.roundMinInSeries();
    }

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.ROUND_NUMBER_SERIES;
    }

    @Override
    public String threshold() {
        return "按日期顺序连续 " + minInSeries + " 笔及以上支出金额均为 " + Percent.yuan(unit) + " 的整数倍";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        List<RedFlag> flags = new ArrayList<>();
        List<LedgerRow> run = new ArrayList<>();
        for (LedgerRow row : facts.rows()) {
            if (round(row.amount())) {
                run.add(row);
            } else {
                flagged(run).ifPresent(flags::add);
                run = new ArrayList<>();
            }
        }
        flagged(run).ifPresent(flags::add);
        return flags;
    }

    private boolean round(BigDecimal amount) {
        return amount.remainder(unit).signum() == 0;
    }

    private Optional<RedFlag> flagged(List<LedgerRow> run) {
        if (run.size() < minInSeries) {
            return Optional.empty();
        }
        return Optional.of(RedFlag.ofRows(kind(), run.get(0).date() + " 至 " + run.get(run.size() - 1).date()
                + " 连续 " + run.size() + " 笔整数金额支出，合计 " + Percent.yuan(Percent.sum(run)), List.copyOf(run)));
    }
}
