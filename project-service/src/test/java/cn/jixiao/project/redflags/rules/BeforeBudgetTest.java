package cn.jixiao.project.redflags.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 预算下达前支出: rows dated before the day the budget was first entered; every row while there is none. */
class BeforeBudgetTest {

    final BeforeBudget rule = new BeforeBudget();
    final Ledgers ledger = new Ledgers().row("2026-03-09", "甲", "100").row("2026-03-10", "乙", "200");

    @Test
    void theDayBeforeIsEarlyTheDayItselfIsNot() {
        var flags = rule.flags(new LedgerFacts(2026, ledger.rows(), true, LocalDate.parse("2026-03-10")));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001");
        assertThat(flags.get(0).finding()).isEqualTo("1 笔支出（合计 100 元）早于预算录入日 2026-03-10");
    }

    @Test
    void withNoBudgetEveryRowIsSpentBeforeIt() {
        var flags = rule.flags(new LedgerFacts(2026, ledger.rows(), false, null));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001", "V002");
    }

    @Test
    void aBudgetEnteredOnAnUnknownDayRaisesNothingRatherThanGuess() {
        assertThat(rule.flags(new LedgerFacts(2026, ledger.rows(), true, null))).isEmpty();
    }

    @Test
    void noRowsNoFlagEvenWithoutABudget() {
        assertThat(rule.flags(new LedgerFacts(2026, java.util.List.of(), false, null))).isEmpty();
    }
}
