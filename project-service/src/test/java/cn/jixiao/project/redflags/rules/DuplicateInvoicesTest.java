package cn.jixiao.project.redflags.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 疑似重复报销: the same amount, date and payee on two vouchers or more. */
class DuplicateInvoicesTest {

    final DuplicateInvoices rule = new DuplicateInvoices();

    @Test
    void theSameAmountDateAndPayeeTwiceIsADuplicateWhateverTheAmountsScale() {
        Ledgers ledger = new Ledgers().row("2026-04-08", "星光印务", "500").row("2026-04-08", "星光印务", "500.00")
                .row("2026-04-08", "星光印务", "500.01");

        var flags = rule.flags(ledger.in(2026));

        assertThat(Ledgers.vouchers(flags)).containsExactly("V001", "V002");
        assertThat(flags.get(0).finding()).isEqualTo("2026-04-08 向「星光印务」支付 500.00 元 共 2 笔（凭证号 V001、V002）");
    }

    @Test
    void aDifferentDayOrPayeeIsNoDuplicate() {
        Ledgers ledger = new Ledgers().row("2026-04-08", "星光印务", "500").row("2026-04-09", "星光印务", "500")
                .row("2026-04-08", "晨光印务", "500").row("2026-04-08", "", "500").row("2026-04-08", "", "500");

        assertThat(rule.flags(ledger.in(2026))).isEmpty();
    }
}
