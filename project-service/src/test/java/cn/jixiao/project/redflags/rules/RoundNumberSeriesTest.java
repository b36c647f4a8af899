package cn.jixiao.project.redflags.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 连续整数金额 by default: three or more whole multiples of 10,000 yuan one after another in date order. */
class RoundNumberSeriesTest {

    final RoundNumberSeries rule = new RoundNumberSeries(RedFlagThresholds.DEFAULTS);

    @Test
    void threeRoundPaymentsInARowAreASeries() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "12345.60").row("2026-03-01", "乙", "10000.00")
                .row("2026-04-01", "丙", "50000").row("2026-05-01", "丁", "2E+5").row("2026-06-01", "戊", "9999.99");

        var flags = rule.flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V002", "V003", "V004");
        assertThat(flags.get(0).finding()).isEqualTo("2026-03-01 至 2026-05-01 连续 3 笔整数金额支出，合计 260,000.00 元");
    }

    @Test
    void twoInARowAreNotASeriesAndABreakStartsAgain() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "10000").row("2026-03-01", "乙", "20000")
                .row("2026-04-01", "丙", "20000.01").row("2026-05-01", "丁", "30000").row("2026-06-01", "戊", "40000");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void theOrderIsTheDatesNotTheOrderRowsWereGiven() {
        Ledgers ledger = new Ledgers().row("2026-06-01", "甲", "10000").row("2026-02-01", "乙", "5.50")
                .row("2026-07-01", "丙", "20000").row("2026-08-01", "丁", "30000");

        assertThat(Ledgers.vouchers(rule.flags(ledger.in(2026)))).containsExactly("V001", "V003", "V004");
    }
}
