package cn.jixiao.contracts.monitoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 双监控's spending line: behind the planned curve by more than the round's margin is yellow, by more than twice the
 * margin red. A budget of 2,000,000 and the default margin of 10 points unless said otherwise.
 */
class SpendingBehindPlanTest {

    private static final Yuan BUDGET = Yuan.parse("2000000.00");
    private static final BigDecimal TEN = SpendingBehindPlan.DEFAULT_MARGIN_POINTS;

    private static SpendingBehindPlan atMidYear(String executed) {
        return SpendingBehindPlan.of(Yuan.parse(executed), BUDGET, SpendingBehindPlan.linearPlan(6), TEN);
    }

    @Test
    void theLinearPlanIsTheMonthOverTwelveOfTheBudget() {
        assertThat(SpendingBehindPlan.linearPlan(6).toPlainString()).isEqualTo("50.00");
        assertThat(SpendingBehindPlan.linearPlan(8).toPlainString()).isEqualTo("66.67");
        assertThat(SpendingBehindPlan.linearPlan(12).toPlainString()).isEqualTo("100.00");
        assertThatThrownBy(() -> SpendingBehindPlan.linearPlan(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingBehindPlan.linearPlan(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onThePlanOrBehindByAtMostTheMarginIsGreen() {
        SpendingBehindPlan onPlan = atMidYear("1000000");
        assertThat(onPlan.executionRate().toPlainString()).isEqualTo("50.00");
        assertThat(onPlan.behindPoints().toPlainString()).isEqualTo("0.00");
        assertThat(onPlan.light()).isEqualTo(MonitoringLight.GREEN);
        // 40.00 % spent against 50.00 % planned: exactly the margin behind, still green
        assertThat(atMidYear("800000").light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void behindByMoreThanTheMarginIsYellowAndByMoreThanTwiceItRed() {
        // 39.99 %: 10.01 points behind
        assertThat(atMidYear("799800").behindPoints().toPlainString()).isEqualTo("10.01");
        assertThat(atMidYear("799800").light()).isEqualTo(MonitoringLight.YELLOW);
        // 30.00 %: exactly twice the margin, yellow; 29.99 % red
        assertThat(atMidYear("600000").light()).isEqualTo(MonitoringLight.YELLOW);
        assertThat(atMidYear("599800").light()).isEqualTo(MonitoringLight.RED);
        assertThat(atMidYear("0").light()).isEqualTo(MonitoringLight.RED);
    }

    @Test
    void aheadOfThePlanIsGreenWithNegativePointsBehind() {
        SpendingBehindPlan ahead = atMidYear("1500000");
        assertThat(ahead.behindPoints().toPlainString()).isEqualTo("-25.00");
        assertThat(ahead.light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void theRoundsOwnMarginDecides() {
        SpendingBehindPlan fivePoints = SpendingBehindPlan.of(Yuan.parse("880000"), BUDGET,
                SpendingBehindPlan.linearPlan(6), new BigDecimal("5"));
        // 44.00 % against 50.00 %: 6 points behind, more than 5, not more than 10
        assertThat(fivePoints.light()).isEqualTo(MonitoringLight.YELLOW);
        assertThat(fivePoints.marginPoints()).isEqualByComparingTo("5");
    }

    @Test
    void theRateIsJudgedAsPrintedHalfUp() {
        // 799,900 ÷ 2,000,000 = 39.995 % → printed 40.00 %, so exactly the margin behind: green
        assertThat(atMidYear("799900").executionRate().toPlainString()).isEqualTo("40.00");
        assertThat(atMidYear("799900").light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void noBudgetAPlanOutsideTheYearOrNoMarginHasNoLine() {
        assertThatThrownBy(() -> SpendingBehindPlan.of(Yuan.parse("1"), Yuan.ZERO, new BigDecimal("50"), TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingBehindPlan.of(Yuan.parse("1"), BUDGET, new BigDecimal("100.01"), TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingBehindPlan.of(Yuan.parse("1"), BUDGET, new BigDecimal("50"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
