package cn.jixiao.project.redflags.rules;

import java.util.List;

/**
 * 预算下达前支出: rows dated before the day the project's budget was first entered; with no budget entered at all,
 * every row. When the budget was entered before the audit trail recorded it, the day is unknown and nothing is
 * raised (the rule says nothing rather than guess).
 */
public final class BeforeBudget implements LedgerRule {

    @Override
    public RedFlagRule kind() {
        return RedFlagRule.BEFORE_BUDGET;
    }

    @Override
    public String threshold() {
        return "支出日期早于项目预算首次录入之日（未录入预算时，全部支出）";
    }

    @Override
    public List<RedFlag> flags(LedgerFacts facts) {
        if (facts.rows().isEmpty() || facts.budgetEntered() && facts.budgetSetOn() == null) {
            return List.of();
        }
        if (!facts.budgetEntered()) {
            return List.of(RedFlag.ofRows(kind(), "项目尚未录入预算，已有 " + facts.rows().size() + " 笔支出，合计 "
                    + Percent.yuan(Percent.sum(facts.rows())), facts.rows()));
        }
        List<LedgerRow> early = facts.rows().stream().filter(row -> row.date().isBefore(facts.budgetSetOn())).toList();
        if (early.isEmpty()) {
            return List.of();
        }
        return List.of(RedFlag.ofRows(kind(), early.size() + " 笔支出（合计 " + Percent.yuan(Percent.sum(early))
                + "）早于预算录入日 " + facts.budgetSetOn(), early));
    }
}
