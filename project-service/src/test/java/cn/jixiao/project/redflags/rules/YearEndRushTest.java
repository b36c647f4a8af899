package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 突击花钱: more than 30% of the year's spending in December (the last 31 days) by default. */
class YearEndRushTest {

    final YearEndRush rule = new YearEndRush(RedFlagThresholds.DEFAULTS);

    @Test
    void exactlyThirtyPercentInDecemberIsNotARush() {
        Ledgers ledger = new Ledgers().row("2026-03-01", "甲", "700.00").row("2026-12-01", "乙", "300.00");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void aCentAboveThirtyPercentIsARushAndTheDecemberRowsAreBehindIt() {
        Ledgers ledger = new Ledgers().row("2026-03-01", "甲", "699.99").row("2026-11-30", "甲", "0.00")
                .row("2026-12-01", "乙", "150.00").row("2026-12-31", "乙", "150.01");

        var flags = rule.flags(ledger.in(2026));

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(RedFlagRule.YEAR_END_RUSH);
            assertThat(flag.finding()).contains("300.01 元").contains("30.0%");
        });
        assertThat(Ledgers.vouchers(flags)).containsExactly("V003", "V004");
    }

    @Test
    void theKeyIsTheYearSoADismissalHoldsAsDecemberRowsAreAdded() {
        Ledgers ledger = new Ledgers().row("2026-03-01", "甲", "100").row("2026-12-10", "乙", "900");
        String before = rule.flags(ledger.in(2026)).get(0).key();

        ledger.row("2026-12-20", "丙", "500");

        assertThat(rule.flags(ledger.in(2026)).get(0).key()).isEqualTo(before).startsWith("year-end-rush-");
    }

    @Test
    void theWindowIsTheLastDaysOfTheYear() {
        RedFlagThresholds lastTwoWeeks = new RedFlagThresholds(14, new BigDecimal("30"), new BigDecimal("1000000"),
                new BigDecimal("20"), 30, 2, new BigDecimal("50"), 3, 0, new BigDecimal("10000"), 3);
        Ledgers ledger = new Ledgers().row("2026-06-01", "甲", "100").row("2026-12-17", "乙", "100")
                .row("2026-12-18", "乙", "900");

        var flags = new YearEndRush(lastTwoWeeks).flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).as("18 to 31 December are the last 14 days").containsExactly("V003");
        assertThat(new YearEndRush(lastTwoWeeks).threshold()).isEqualTo("年度最后 14 天的支出占全年支出超过 30%");
        assertThat(rule.threshold()).isEqualTo("年度最后 31 天（12月）的支出占全年支出超过 30%");
    }

    @Test
    void anEmptyLedgerRaisesNothing() {
        assertThat(rule.flags(new Ledgers().in(2026))).isEmpty();
    }
}
