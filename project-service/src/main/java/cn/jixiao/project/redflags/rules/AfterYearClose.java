package cn.jixiao.project.redflags.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * 年度结束后支出: rows dated after 31 December of the budget year (and the grace days a district allows). The
 * ledger refuses such dates on entry since its rules were written, so with no grace this finds rows stored before
 * them, or a district's shortened year once the setting says so.
 */
public final class AfterYearClose implements LedgerRule {

    private final int graceDays;

    public AfterYearClose(RedFlagThresholds thresholds) {
        this.graceDays = thresholds.afterCloseGraceDays();
    }

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.AFTER_YEAR_CLOSE;
    }

    @Override
    public String threshold() {
        return "支出日期晚于预算年度 12月31日" + (graceDays == 0 ? "" : " 后 " + graceDays + " 天");
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        LocalDate closed = LocalDate.of(facts.year(), 12, 31).plusDays(graceDays);
        List<LedgerRow> late = facts.rows().stream().filter(row -> row.date().isAfter(closed)).toList();
        if (late.isEmpty()) {
            return List.of();
        }
        return List.of(RedFlag.ofRows(kind(), late.size() + " 笔支出（合计 " + Percent.yuan(Percent.sum(late))
                + "）日期晚于 " + closed, late));
    }
}
