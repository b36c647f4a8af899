package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 年度结束后支出: rows dated after 31 December of the budget year, and the grace days a district allows. */
class AfterYearCloseTest {

    final Ledgers ledger = new Ledgers().row("2026-12-31", "甲", "100").row("2027-01-01", "乙", "200")
            .row("2027-01-31", "丙", "300");

    @Test
    void theLastDayOfTheYearIsInItTheNextDayIsAfter() {
        var flags = new AfterYearClose(RedFlagThresholds.DEFAULTS).flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V002", "V003");
        assertThat(flags.get(0).finding()).isEqualTo("2 笔支出（合计 500.00 元）日期晚于 2026-12-31");
    }

    @Test
    void graceDaysMoveTheClose() {
        RedFlagThresholds januaryGrace = new RedFlagThresholds(31, new BigDecimal("30"), new BigDecimal("1000000"),
                new BigDecimal("20"), 30, 2, new BigDecimal("50"), 3, 30, new BigDecimal("10000"), 3);

        var flags = new AfterYearClose(januaryGrace).flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V003");
        assertThat(new AfterYearClose(januaryGrace).threshold()).isEqualTo("支出日期晚于预算年度 12月31日 后 30 天");
    }
}
