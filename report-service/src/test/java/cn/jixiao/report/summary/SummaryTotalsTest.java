package cn.jixiao.report.summary;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.DistrictSummary.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SummaryTotalsTest {

    @Test
    void theOverallRateIsTheSpendingOverTheBudgetNotAnAverageOfRates() {
        DistrictSummary summary = SummaryTotals.summarize("panlong", "盘龙区", 2023, List.of(
                row("金辰街道", "2000000.00", "2000000.00", "98.00", "优秀"),
                row("拓东街道", "10000.00", "0.00", "60.00", "中")));

        assertThat(summary.totals().budget()).isEqualTo(Yuan.parse("2010000.00"));
        assertThat(summary.totals().executed()).isEqualTo(Yuan.parse("2000000.00"));
        assertThat(summary.totals().ratePercent()).isEqualByComparingTo("99.50");
        assertThat(summary.totals().projects()).isEqualTo(2);
    }

    @Test
    void everyGradeIsCountedInTheFormsOrderWithUnscoredProjectsLast() {
        DistrictSummary summary = SummaryTotals.summarize("panlong", "盘龙区", 2023, List.of(
                row("金辰街道", "100.00", "100.00", "98.00", "优秀"),
                row("拓东街道", "100.00", "85.00", "84.15", "良好"),
                row("拓东街道", "100.00", "0.00", null, null)));

        assertThat(summary.gradeDistribution()).containsExactly(entry("优秀", 1L), entry("良好", 1L), entry("中", 0L),
                entry("差", 0L), entry("未评分", 1L));
    }

    @Test
    void aDistrictWithoutBudgetsHasNoOverallRate() {
        DistrictSummary summary = SummaryTotals.summarize("panlong", "盘龙区", 2023, List.of());

        assertThat(summary.totals().ratePercent()).isNull();
        assertThat(summary.totals().budget()).isEqualTo(Yuan.ZERO);
    }

    private static Row row(String street, String budget, String executed, String score, String grade) {
        return new Row("P", "项目", street, Yuan.parse(budget), Yuan.parse(executed), null,
                score == null ? null : new BigDecimal(score), grade, "已定稿");
    }
}
