package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.money.Yuan;

/**
 * A district's summary of its streets' self-evaluations for one year, handed to the district's finance bureau
 * as XLSX or PDF.
 *
 * @param districtName      e.g. 盘龙区
 * @param rows              one per project, ordered by street then project code
 * @param totals            the sums over all rows
 * @param gradeDistribution how many projects got each grade label (优秀, 良好, 中, 差, and 未评分 for those without
 *                          a score), in that order
 */
public record DistrictSummary(String districtId, String districtName, int year, List<Row> rows, Totals totals,
                              Map<String, Long> gradeDistribution) {

    public DistrictSummary {
        rows = List.copyOf(rows);
        gradeDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(gradeDistribution));
    }

    /**
     * @param ratePercent 执行率, {@code null} without a budget
     * @param score       the self-score, or the 复核分 total once the district reviewed it; {@code null} unscored
     * @param gradeLabel  {@code null} unscored
     * @param status      the evaluation's status as a person reads it, e.g. 已定稿
     */
    public record Row(String projectCode, String projectName, String streetName, Yuan budget, Yuan executed,
                      BigDecimal ratePercent, BigDecimal score, String gradeLabel, String status) {
    }

    /** @param ratePercent executed ÷ budget over all rows, {@code null} when the budgets add up to 0 */
    public record Totals(int projects, Yuan budget, Yuan executed, BigDecimal ratePercent) {
    }
}
