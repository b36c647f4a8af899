package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 预算下达前支出: spending ahead of its budget. Taken in date order, a row that brings the year's spending so far above
 * the budget in force on its date (年初预算数 and the adjustments dated on or before it) spent money before the budget
 * for it existed: typically the money of a 追加 paid out before the 追加 was made. With no budget entered at all, every
 * row. Judged on the budget's own dates, so a budget typed into Jixiao late raises nothing by itself.
 */
public final class BeforeBudget implements LedgerRule {

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.BEFORE_BUDGET;
    }

    @Override
    public String threshold() {
        return "截至支出日期的累计支出超过当日已下达的预算（年初预算数加当日及以前的调整）；未录入预算时，全部支出";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        if (facts.rows().isEmpty()) {
            return List.of();
        }
        if (facts.budget() == null) {
            return List.of(RedFlag.ofRows(kind(), "项目尚未录入预算，已有 " + facts.rows().size() + " 笔支出，合计 "
                    + Percent.yuan(Percent.sum(facts.rows())), facts.rows()));
        }
        List<LedgerRow> ahead = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        for (LedgerRow row : facts.rows()) {
            spent = spent.add(row.amount());
            if (spent.compareTo(facts.budget().on(row.date())) > 0) {
                ahead.add(row);
            }
        }
        if (ahead.isEmpty()) {
            return List.of();
        }
        LedgerRow first = ahead.get(0);
        return List.of(RedFlag.ofRows(kind(), ahead.size() + " 笔支出（合计 " + Percent.yuan(Percent.sum(ahead))
                + "）发生时累计支出已超过当日已下达的预算，最早为 " + first.date() + "（当日预算 "
                + Percent.yuan(facts.budget().on(first.date())) + "）", ahead));
    }
}
