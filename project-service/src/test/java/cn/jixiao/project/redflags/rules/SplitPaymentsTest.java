package cn.jixiao.project.redflags.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 拆分支付 by default: two or more payments to the same payee within 30 days of the first, each from 800,000.00 up
 * to but not including the 1,000,000.00 procurement threshold.
 */
class SplitPaymentsTest {

    final SplitPayments rule = new SplitPayments(RedFlagThresholds.DEFAULTS);

    @Test
    void twoPaymentsJustUnderTheThresholdWithinThirtyDaysAreASplit() {
        Ledgers ledger = new Ledgers().row("2026-05-01", "华建公司", "999999.99").row("2026-05-31", "华建公司", "800000.00");

        var flags = rule.flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001", "V002");
        assertThat(flags.get(0).finding()).contains("华建公司").contains("1,799,999.99 元");
    }

    @Test
    void thirtyOneDaysApartIsNoSeries() {
        Ledgers ledger = new Ledgers().row("2026-05-01", "华建公司", "950000").row("2026-06-01", "华建公司", "950000");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void atTheThresholdOrBelowTheMarginIsNotJustUnder() {
        Ledgers ledger = new Ledgers().row("2026-05-01", "华建公司", "1000000.00").row("2026-05-02", "华建公司", "799999.99")
                .row("2026-05-03", "华建公司", "900000");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void differentPayeesAreNotASplit() {
        Ledgers ledger = new Ledgers().row("2026-05-01", "华建公司", "950000").row("2026-05-02", "华安公司", "950000");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void aSeriesIsCountedFromItsFirstPaymentAndTheNextStartsAfterIt() {
        Ledgers ledger = new Ledgers().row("2026-05-01", "华建公司", "950000").row("2026-05-20", "华建公司", "950000")
                .row("2026-06-10", "华建公司", "950000").row("2026-06-25", "华建公司", "950000");

        var flags = rule.flags(ledger.in(2026));

        assertThat(flags).hasSize(2);
        assertThat(Ledgers.vouchers(flags.subList(0, 1))).containsExactly("V001", "V002");
        assertThat(Ledgers.vouchers(flags.subList(1, 2))).containsExactly("V003", "V004");
        assertThat(flags.get(0).key()).isNotEqualTo(flags.get(1).key());
        assertThat(rule.threshold()).isEqualTo("同一收款人 30 天内 2 笔及以上支付，每笔在采购限额 1,000,000.00 元 以下且不低于 800,000.00 元");
    }
}
