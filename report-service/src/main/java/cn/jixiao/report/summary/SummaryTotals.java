package cn.jixiao.report.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.DistrictSummary.Row;
import cn.jixiao.report.document.DistrictSummary.Totals;

/**
 * Adds up a district's rows: the budget and spending to the fen, the overall execution rate from those sums
 * (not an average of rates, which would weigh a 1万元 project like a 1,000万元 one), and how many projects got
 * each grade.
 */
final class SummaryTotals {

    /** The grade labels in the order the summary lists them; projects without a score count as 未评分. */
    static final List<String> GRADE_ORDER = List.of("优秀", "良好", "中", "差", "未评分");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SummaryTotals() {
    }

    static DistrictSummary summarize(String districtId, String districtName, int year, List<Row> rows) {
        Yuan budget = rows.stream().map(Row::budget).reduce(Yuan.ZERO, Yuan::plus);
        Yuan executed = rows.stream().map(Row::executed).reduce(Yuan.ZERO, Yuan::plus);
        BigDecimal rate = budget.isZero() ? null
                : executed.amount().multiply(HUNDRED).divide(budget.amount(), 2, RoundingMode.HALF_UP);
        Map<String, Long> grades = new LinkedHashMap<>();
        GRADE_ORDER.forEach(grade -> grades.put(grade, 0L));
        rows.forEach(row -> grades.merge(row.gradeLabel() == null ? "未评分" : row.gradeLabel(), 1L, Long::sum));
        return new DistrictSummary(districtId, districtName, year, rows, new Totals(rows.size(), budget, executed, rate),
                grades);
    }
}
