package cn.jixiao.evaluation.overview;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.monitoring.MonitoringLight;

import static cn.jixiao.evaluation.overview.OverviewProjects.month;
import static org.assertj.core.api.Assertions.assertThat;

class InYearMonitoringTest {

    private static final Yuan BUDGET = Yuan.parse("1500000.00");

    /** The 拓东 demo ledger's pace: slow in spring, 85% by December. */
    private static final List<cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal> TUODONG = List.of(
            month(3, "60000.00"), month(4, "45000.00"), month(5, "98000.00"), month(6, "140500.00"),
            month(7, "160000.00"), month(8, "170500.00"), month(9, "183000.00"), month(10, "88000.00"),
            month(11, "180000.00"), month(12, "150000.00"));

    @Test
    void onlyTheMonthsUpToTheOneAskedCount() {
        InYearMonitoring june = InYearMonitoring.of(BUDGET, TUODONG, 6);

        assertThat(june.spentToDate()).isEqualTo(Yuan.parse("343500.00"));
        // 343,500 ÷ 1,500,000 ÷ (6 ÷ 12) × 100 = 45.80
        assertThat(june.progress()).isEqualByComparingTo("45.80");
        assertThat(june.light()).isEqualTo(MonitoringLight.RED);
        assertThat(june.lightLabel()).isEqualTo("红灯");
    }

    @Test
    void theLightTurnsYellowThenGreenAsSpendingCatchesUp() {
        assertThat(InYearMonitoring.of(BUDGET, TUODONG, 9).light()).isEqualTo(MonitoringLight.YELLOW);
        InYearMonitoring december = InYearMonitoring.of(BUDGET, TUODONG, 12);
        assertThat(december.spentToDate()).isEqualTo(Yuan.parse("1275000.00"));
        assertThat(december.progress()).isEqualByComparingTo("85.00");
        assertThat(december.light()).isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void withoutABudgetOrMonthlyFiguresThereIsNoLight() {
        assertThat(InYearMonitoring.of(null, TUODONG, 6)).isNull();
        assertThat(InYearMonitoring.of(Yuan.ZERO, TUODONG, 6)).isNull();
        assertThat(InYearMonitoring.of(BUDGET, List.of(), 6)).isNull();
    }

    @Test
    void aPastYearIsShownAsOfDecemberTheCurrentYearAsOfThisMonthAndAFutureYearWithoutLights() {
        LocalDate today = LocalDate.of(2026, 11, 26);

        assertThat(OverviewController.defaultMonth(2023, today)).isEqualTo(12);
        assertThat(OverviewController.defaultMonth(2026, today)).isEqualTo(11);
        assertThat(OverviewController.defaultMonth(2027, today)).isNull();
    }
}
