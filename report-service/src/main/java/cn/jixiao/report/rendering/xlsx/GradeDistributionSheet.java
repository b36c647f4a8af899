package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.jixiao.report.document.DistrictSummary;

/** The summary's second sheet: how many projects got each grade, and their share of all projects. */
final class GradeDistributionSheet {

    static final String NAME = "等级分布";
    static final List<String> HEADER = List.of("等级", "项目数", "占比");

    private GradeDistributionSheet() {
    }

    static void write(SXSSFWorkbook workbook, SummaryStyles styles, DistrictSummary summary) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetLayout.widths(sheet, 14, 10, 10);
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADER.size(); column++) {
            Cells.text(header, column, HEADER.get(column), styles.header);
        }
        long projects = summary.gradeDistribution().values().stream().mapToLong(Long::longValue).sum();
        int rowIndex = 1;
        for (Map.Entry<String, Long> grade : summary.gradeDistribution().entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            Cells.text(row, 0, grade.getKey(), styles.centred);
            Cells.number(row, 1, BigDecimal.valueOf(grade.getValue()), styles.count);
            Cells.number(row, 2, share(grade.getValue(), projects), styles.percent);
        }
        Row total = sheet.createRow(rowIndex);
        Cells.text(total, 0, "合计", styles.totalText);
        Cells.number(total, 1, BigDecimal.valueOf(projects), styles.totalCount);
        Cells.number(total, 2, projects == 0 ? null : BigDecimal.ONE, styles.totalPercent);
        sheet.createFreezePane(0, 1);
    }

    /** The share as a fraction to four decimals (0.00% shown), {@code null} when there are no projects. */
    private static BigDecimal share(long count, long projects) {
        return projects == 0 ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(projects), 4, RoundingMode.HALF_UP);
    }
}
