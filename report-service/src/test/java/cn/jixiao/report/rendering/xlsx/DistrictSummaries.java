package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.DistrictSummary.Row;

/** District summaries for the XLSX tests: Panlong's few known projects, and a generated district of any size. */
final class DistrictSummaries {

    static final List<String> GRADES = List.of("优秀", "良好", "中", "差", "未评分");

    private DistrictSummaries() {
    }

    /** Jinchen's seed project, one with amounts to the 分, one unscored without a budget, one graded 差. */
    static DistrictSummary panlong() {
        return summary("panlong", "盘龙区", List.of(
                new Row("JC-2023-001", "创建全省民族团结进步示范街道专项资金", "金辰街道", Yuan.parse("2000000.00"),
                        Yuan.parse("2000000.00"), new BigDecimal("100.00"), new BigDecimal("98.00"), "优秀", "已定稿"),
                new Row("JC-2023-002", "老旧小区改造提升项目", "金辰街道", Yuan.parse("1234567.89"),
                        Yuan.parse("1000000.01"), new BigDecimal("81.00"), new BigDecimal("86.50"), "良好", "已提交"),
                new Row("TD-2023-001", "社区服务中心运行经费", "拓东街道", Yuan.ZERO, Yuan.ZERO, null, null, null, "草稿"),
                new Row("TD-2023-002", "背街小巷环境整治", "拓东街道", Yuan.parse("0.01"), Yuan.parse("0.01"),
                        new BigDecimal("100.00"), new BigDecimal("59.00"), "差", "已退回")));
    }

    /** {@code streets} streets of {@code projectsPerStreet} projects each, with amounts and scores that vary. */
    static DistrictSummary generated(int streets, int projectsPerStreet) {
        List<Row> rows = new ArrayList<>();
        for (int street = 1; street <= streets; street++) {
            for (int project = 1; project <= projectsPerStreet; project++) {
                int n = (street - 1) * projectsPerStreet + project;
                Yuan budget = Yuan.parse("10000.00").plus(new Yuan(BigDecimal.valueOf(n * 12_345_67L, 2)));
                Yuan executed = budget.minus(new Yuan(BigDecimal.valueOf(n % 97 * 1_000_03L, 2)));
                BigDecimal score = BigDecimal.valueOf(5500 + n * 37 % 4500, 2);
                rows.add(new Row(String.format("S%03d-2023-%03d", street, project), "第" + street + "街道项目" + project,
                        "第" + street + "街道", budget, executed, rate(executed, budget), score, grade(score), "已定稿"));
            }
        }
        return summary("generated", "测试区", rows);
    }

    private static DistrictSummary summary(String districtId, String districtName, List<Row> rows) {
        Yuan budget = rows.stream().map(Row::budget).reduce(Yuan.ZERO, Yuan::plus);
        Yuan executed = rows.stream().map(Row::executed).reduce(Yuan.ZERO, Yuan::plus);
        Map<String, Long> distribution = new LinkedHashMap<>();
        GRADES.forEach(grade -> distribution.put(grade, 0L));
        rows.forEach(row -> distribution.merge(row.gradeLabel() == null ? "未评分" : row.gradeLabel(), 1L, Long::sum));
        return new DistrictSummary(districtId, districtName, 2023, rows,
                new DistrictSummary.Totals(rows.size(), budget, executed, rate(executed, budget)), distribution);
    }

    private static BigDecimal rate(Yuan executed, Yuan budget) {
        return budget.isZero() ? null
                : executed.amount().multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 2, RoundingMode.HALF_UP);
    }

    private static String grade(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优秀";
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良好";
        }
        return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
