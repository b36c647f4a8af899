package cn.jixiao.project.redflags.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 收款人集中 by default: one payee above half of the project's money, judged from three entries up. */
class PayeeConcentrationTest {

    final PayeeConcentration rule = new PayeeConcentration(RedFlagThresholds.DEFAULTS);

    @Test
    void exactlyHalfIsNotMost() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "250").row("2026-03-01", "甲", "250")
                .row("2026-04-01", "乙", "500");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void aCentOverHalfIsMostAndThePayeesRowsAreBehindIt() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "250").row("2026-03-01", "甲", "250.01")
                .row("2026-04-01", "乙", "499.99");

        var flags = rule.flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001", "V002");
        assertThat(flags.get(0).finding()).isEqualTo("「甲」收款 500.01 元（2 笔），占项目支出 1,000.00 元 的 50.0%");
    }

    @Test
    void fewerEntriesThanTheMinimumAreNotJudged() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "900").row("2026-03-01", "乙", "100");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }

    @Test
    void theKeyIsThePayeeSoItHoldsAsThePayeesRowsGrow() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "甲", "900").row("2026-03-01", "乙", "100")
                .row("2026-04-01", "甲", "100");
        String key = rule.flags(ledger.in(2026)).get(0).key();

        ledger.row("2026-05-01", "甲", "100");

        assertThat(rule.flags(ledger.in(2026)).get(0).key()).isEqualTo(key);
    }
}
