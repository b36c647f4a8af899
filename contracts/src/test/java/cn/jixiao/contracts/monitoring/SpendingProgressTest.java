package cn.jixiao.contracts.monitoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 绩效监控: (执行数 ÷ 全年预算数) ÷ (月份 ÷ 12) × 100; red below 60, yellow 60 to below 80, green from 80. */
class SpendingProgressTest {

    private static final Yuan BUDGET = Yuan.parse("2000000.00");

    private static SpendingProgress progress(String executed, int month) {
        return SpendingProgress.of(Yuan.parse(executed), BUDGET, month);
    }

    @Test
    void halfTheBudgetSpentAtMidYearIsExactlyOnPace() {
        SpendingProgress june = progress("1000000", 6);

        assertThat(june.progress().toPlainString()).isEqualTo("100.00");
        assertThat(june.light()).isEqualTo(MonitoringLight.GREEN);
        assertThat(june.executed()).isEqualTo(Yuan.parse("1000000"));
        assertThat(june.fullYearBudget()).isEqualTo(BUDGET);
        assertThat(june.month()).isEqualTo(6);
    }

    @Test
    void theLightChangesExactlyAtSixtyAndEighty() {
        // June: progress = spent ÷ 1,000,000 × 100
        assertThat(progress("599900", 6).light()).isEqualTo(MonitoringLight.RED);
        assertThat(progress("600000", 6).light()).isEqualTo(MonitoringLight.YELLOW);
        assertThat(progress("799900", 6).light()).isEqualTo(MonitoringLight.YELLOW);
        assertThat(progress("800000", 6).light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void theFigureIsRoundedHalfUpOnceAndTheLightFollowsTheShownFigure() {
        // 479,999.97 × 1200 ÷ (2,000,000 × 7) = 41.142854… → 41.14
        assertThat(progress("479999.97", 7).progress().toPlainString()).isEqualTo("41.14");
        // 933,332.80 × 1200 ÷ (2,000,000 × 7) = 79.99995… → shown 80.00, so green
        SpendingProgress justUnder = progress("933332.80", 7);
        assertThat(justUnder.progress().toPlainString()).isEqualTo("80.00");
        assertThat(justUnder.light()).isEqualTo(MonitoringLight.GREEN);
        // 599,995.00 ÷ 1,000,000 × 100 = 59.9995 → shown 60.00, so yellow
        assertThat(progress("599995.00", 6).light()).isEqualTo(MonitoringLight.YELLOW);
    }

    @Test
    void spendingAheadOfTheYearStaysGreen() {
        assertThat(progress("1800000", 3).progress().toPlainString()).isEqualTo("360.00");
        assertThat(progress("1800000", 3).light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void theLightsHaveTheirChineseNames() {
        assertThat(MonitoringLight.RED.label()).isEqualTo("红灯");
        assertThat(MonitoringLight.YELLOW.label()).isEqualTo("黄灯");
        assertThat(MonitoringLight.GREEN.label()).isEqualTo("绿灯");
    }

    @Test
    void aMonthOutsideTheYearOrABudgetOfZeroHasNoProgress() {
        assertThatThrownBy(() -> progress("1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress("1", 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingProgress.of(Yuan.parse("1"), Yuan.ZERO, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExecutionRateIsExecutedOverTheFullYearBudgetAsPrinted() {
        assertThat(ExecutionRate.printedPercent(Yuan.parse("2000000"), BUDGET).toPlainString()).isEqualTo("100.00");
        assertThat(ExecutionRate.printedPercent(Yuan.parse("1789012.34"), BUDGET).toPlainString()).isEqualTo("89.45");
        // 84.945 % is printed 84.95 %: half-up
        assertThat(ExecutionRate.printedPercent(Yuan.parse("1698900"), BUDGET).toPlainString()).isEqualTo("84.95");
        assertThatThrownBy(() -> ExecutionRate.printedPercent(Yuan.parse("1"), Yuan.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
