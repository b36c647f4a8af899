package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 绩效监控: (执行数 ÷ 预算数) ÷ (月份 ÷ 12) × 100; red below 60, yellow 60 to below 80, green from 80. */
class SpendingProgressTest {

    private static SpendingProgress progress(String budget, String executed, int month) {
        return new SpendingProgress(Yuan.parse(budget), Yuan.parse(executed), month);
    }

    @Test
    void halfTheBudgetSpentAtMidYearIsExactlyOnPace() {
        SpendingProgress progress = progress("2000000", "1000000", 6);

        assertThat(progress.percent().toPlainString()).isEqualTo("100.00");
        assertThat(progress.light()).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void theLightChangesExactlyAtSixtyAndEighty() {
        // In June, 30% spent is 60 on pace, 40% is 80.
        assertThat(progress("1000000", "300000", 6).light()).isEqualTo(TrafficLight.YELLOW);
        assertThat(progress("1000000", "299900", 6).light()).isEqualTo(TrafficLight.RED);
        assertThat(progress("1000000", "400000", 6).light()).isEqualTo(TrafficLight.GREEN);
        assertThat(progress("1000000", "399900", 6).light()).isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void theProgressIsRoundedHalfUpToTwoDecimalsAndTheLightFollowsThePrintedFigure() {
        // 0.25 ÷ (7/12) × 100 = 42.857… → 42.86
        assertThat(progress("1200000", "300000", 7).percent().toPlainString()).isEqualTo("42.86");
        // 299,997.50 ÷ 1,000,000 ÷ 0.5 × 100 = 59.9995 → printed 60.00 → yellow
        SpendingProgress borderline = progress("1000000", "299997.50", 6);
        assertThat(borderline.percent().toPlainString()).isEqualTo("60.00");
        assertThat(borderline.light()).isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void spendingAheadOfTheYearStaysGreen() {
        assertThat(progress("1000000", "900000", 3).percent().toPlainString()).isEqualTo("360.00");
        assertThat(progress("1000000", "900000", 3).light()).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void theLightsHaveTheirChineseNames() {
        assertThat(TrafficLight.RED.label()).isEqualTo("红灯");
        assertThat(TrafficLight.YELLOW.label()).isEqualTo("黄灯");
        assertThat(TrafficLight.GREEN.label()).isEqualTo("绿灯");
    }

    @Test
    void aProjectWithoutABudgetOrAMonthOutsideTheYearHasNoProgress() {
        assertThatThrownBy(() -> progress("0", "0", 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress("1000000", "0", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress("1000000", "0", 13)).isInstanceOf(IllegalArgumentException.class);
    }
}
