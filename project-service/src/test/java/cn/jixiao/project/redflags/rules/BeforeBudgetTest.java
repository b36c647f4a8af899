package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 预算下达前支出: the rows that take the year's spending so far above the budget in force on their date; every row
 * while there is no budget.
 */
class BeforeBudgetTest {

    final BeforeBudget rule = new BeforeBudget();
    /** 1,000 at the start of the year, 追加 500 on 10 March. */
    final BudgetInForce budget = new BudgetInForce(new BigDecimal("1000"),
            List.of(new BudgetInForce.Change(LocalDate.parse("2026-03-10"), new BigDecimal("500"))));

    @Test
    void spendingUpToTheBudgetInForceIsCoveredACentMoreIsAhead() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "600").row("2026-03-09", "乙", "400")
                .row("2026-03-09", "丙", "0.01");

        var flags = rule.flags(new LedgerFacts(2026, ledger.rows(), budget));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V003");
        assertThat(flags.get(0).finding())
                .isEqualTo("1 笔支出（合计 0.01 元）发生时累计支出已超过当日已下达的预算，最早为 2026-03-09（当日预算 1,000.00 元）");
    }

    @Test
    void anAdjustmentCoversSpendingFromItsDateOn() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "1000").row("2026-03-10", "乙", "500")
                .row("2026-04-01", "丙", "1");

        assertThat(Ledgers.vouchers(rule.flags(new LedgerFacts(2026, ledger.rows(), budget)))).containsExactly("V003");
    }

    @Test
    void aCutTakesEffectFromItsDate() {
        BudgetInForce cut = new BudgetInForce(new BigDecimal("1000"),
                List.of(new BudgetInForce.Change(LocalDate.parse("2026-06-01"), new BigDecimal("-300"))));
        Ledgers ledger = new Ledgers().row("2026-05-31", "甲", "800").row("2026-06-01", "乙", "1");

        assertThat(Ledgers.vouchers(rule.flags(new LedgerFacts(2026, ledger.rows(), cut)))).containsExactly("V002");
    }

    @Test
    void withNoBudgetEveryRowIsSpentBeforeIt() {
        Ledgers ledger = new Ledgers().row("2026-03-09", "甲", "100").row("2026-03-10", "乙", "200");

        var flags = rule.flags(new LedgerFacts(2026, ledger.rows(), null));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001", "V002");
        assertThat(flags.get(0).finding()).isEqualTo("项目尚未录入预算，已有 2 笔支出，合计 300.00 元");
    }

    @Test
    void noRowsNoFlagEvenWithoutABudget() {
        assertThat(rule.flags(new LedgerFacts(2026, List.of(), null))).isEmpty();
    }
}
