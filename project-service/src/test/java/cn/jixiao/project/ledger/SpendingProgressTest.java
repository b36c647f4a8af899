package cn.jixiao.project.ledger;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpendingProgressTest {

    private static final Yuan BUDGET = yuan("2000000.00");

    @Test
    void spendingEvenlyOverTheYearIsAHundredPercent() {
        SpendingProgress progress = SpendingProgress.of(yuan("1000000.00"), BUDGET, 6);

        assertThat(progress.progress()).isEqualByComparingTo("100.00");
        assertThat(progress.light()).isEqualTo(SpendingProgress.Light.GREEN);
    }

    @Test
    void theLightChangesExactlyAtSixtyAndEighty() {
        // June: progress = spent ÷ 1,000,000 × 100
        assertThat(SpendingProgress.of(yuan("599900.00"), BUDGET, 6).light()).isEqualTo(SpendingProgress.Light.RED);
        assertThat(SpendingProgress.of(yuan("600000.00"), BUDGET, 6).light()).isEqualTo(SpendingProgress.Light.YELLOW);
        assertThat(SpendingProgress.of(yuan("799900.00"), BUDGET, 6).light()).isEqualTo(SpendingProgress.Light.YELLOW);
        assertThat(SpendingProgress.of(yuan("800000.00"), BUDGET, 6).light()).isEqualTo(SpendingProgress.Light.GREEN);
    }

    @Test
    void theFigureIsRoundedHalfUpOnceAndTheLightFollowsTheShownFigure() {
        // 479,999.97 × 1200 ÷ (2,000,000 × 7) = 41.142854… → 41.14
        assertThat(SpendingProgress.of(yuan("479999.97"), BUDGET, 7).progress()).isEqualByComparingTo("41.14");
        // 933,332.80 × 1200 ÷ (2,000,000 × 7) = 79.99995… → shown 80.00, so green
        SpendingProgress justUnder = SpendingProgress.of(yuan("933332.80"), BUDGET, 7);
        assertThat(justUnder.progress()).isEqualByComparingTo("80.00");
        assertThat(justUnder.light()).isEqualTo(SpendingProgress.Light.GREEN);
    }

    @Test
    void theExecutionRateIsExecutedOverTheFullYearBudget() {
        assertThat(SpendingProgress.executionRate(yuan("2000000.00"), BUDGET)).isEqualByComparingTo("100.00");
        assertThat(SpendingProgress.executionRate(yuan("1789012.34"), BUDGET)).isEqualByComparingTo("89.45");
    }

    @Test
    void aMonthOutsideTheYearOrABudgetOfZeroIsRefused() {
        assertThatThrownBy(() -> SpendingProgress.of(yuan("1.00"), BUDGET, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingProgress.of(yuan("1.00"), BUDGET, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingProgress.of(yuan("1.00"), Yuan.ZERO, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Yuan yuan(String amount) {
        return new Yuan(new BigDecimal(amount));
    }
}
