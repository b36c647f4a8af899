package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** All the rules together, the keys of their flags, and the thresholds they refuse. */
class RedFlagRulesTest {

    @Test
    void everyRuleIsReadInTheOrderOfTheKinds() {
        assertThat(new RedFlagRules(RedFlagThresholds.DEFAULTS).rules()).extracting(LedgerRule::kind)
                .containsExactly(RedFlagRule.values());
    }

    @Test
    void aFlagAboutRowsIsNamedByTheirVouchersWhateverTheirOrder() {
        LedgerRow first = new LedgerRow("V1", LocalDate.parse("2026-01-01"), "甲", BigDecimal.ONE, null);
        LedgerRow second = new LedgerRow("V2", LocalDate.parse("2026-01-02"), "甲", BigDecimal.ONE, null);

        String key = RedFlag.ofRows(RedFlagRule.DUPLICATE_INVOICES, "x", List.of(first, second)).key();

        assertThat(RedFlag.ofRows(RedFlagRule.DUPLICATE_INVOICES, "y", List.of(second, first)).key()).isEqualTo(key)
                .matches("duplicate-invoices-[0-9a-f]{24}");
        assertThat(RedFlag.ofRows(RedFlagRule.ROUND_NUMBER_SERIES, "x", List.of(first, second)).key()).isNotEqualTo(key);
        assertThat(RedFlag.ofRows(RedFlagRule.DUPLICATE_INVOICES, "x", List.of(first)).key()).isNotEqualTo(key);
        assertThat(RedFlag.isKey(key)).isTrue();
        assertThat(RedFlag.isKey("duplicate-invoices-" + "0".repeat(23))).isFalse();
        assertThat(RedFlag.isKey("no-such-rule-" + "0".repeat(24))).isFalse();
    }

    @Test
    void aLedgerWithSeveralLeadsRaisesEachRulesFlags() {
        Ledgers ledger = new Ledgers().row("2026-02-01", "华建公司", "950000").row("2026-02-15", "华建公司", "950000")
                .row("2026-12-20", "华建公司", "950000");

        var flags = new RedFlagRules(RedFlagThresholds.DEFAULTS).flags(ledger.in(2026));

        assertThat(flags).extracting(RedFlag::rule).containsExactly(RedFlagRule.YEAR_END_RUSH,
                RedFlagRule.SPLIT_PAYMENTS, RedFlagRule.PAYEE_CONCENTRATION, RedFlagRule.ROUND_NUMBER_SERIES);
    }

    @Test
    void thresholdsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new RedFlagThresholds(31, new BigDecimal("101"), new BigDecimal("1000000"),
                new BigDecimal("20"), 30, 2, new BigDecimal("50"), 3, 0, new BigDecimal("10000"), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedFlagThresholds(31, new BigDecimal("30"), BigDecimal.ZERO,
                new BigDecimal("20"), 30, 2, new BigDecimal("50"), 3, 0, new BigDecimal("10000"), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedFlagThresholds(31, new BigDecimal("30"), new BigDecimal("1000000"),
                new BigDecimal("20"), 30, 1, new BigDecimal("50"), 3, 0, new BigDecimal("10000"), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RedFlagThresholds.DEFAULTS.splitFloor()).isEqualByComparingTo("800000");
    }
}
