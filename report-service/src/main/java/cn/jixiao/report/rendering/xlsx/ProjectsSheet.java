package cn.jixiao.report.rendering.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.jixiao.report.document.DistrictSummary;

/**
 * The summary's first sheet: the title, the header (frozen, filterable, repeated on every printed page), one row
 * per project and the totals row.
 */
final class ProjectsSheet {

    static final String NAME = "项目汇总";
    static final List<String> HEADER = List.of("项目编码", "项目名称", "街道", "全年预算数（万元）", "全年执行数（万元）",
            "执行率", "得分", "等级", "状态");
    /** The grade column of a project without a score, as the grade distribution counts it. */
    static final String UNSCORED = "未评分";
    static final int HEADER_ROW = 1;
    /** Widths in characters; a Chinese character takes two. */
    private static final int[] WIDTHS = {16, 40, 16, 20, 20, 10, 10, 8, 12};

    private ProjectsSheet() {
    }

    static void write(SXSSFWorkbook workbook, SummaryStyles styles, DistrictSummary summary) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetLayout.widths(sheet, WIDTHS);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        Cells.text(title, 0, title(summary), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < HEADER.size(); column++) {
            Cells.text(header, column, HEADER.get(column), styles.header);
        }
        int rowIndex = HEADER_ROW + 1;
        for (DistrictSummary.Row project : summary.rows()) {
            Row row = sheet.createRow(rowIndex++);
            Cells.text(row, 0, project.projectCode(), styles.centred);
            Cells.text(row, 1, project.projectName(), styles.text);
            Cells.text(row, 2, project.streetName(), styles.centred);
            Cells.number(row, 3, project.budget(), ExcelNumbers::wan, styles.money);
            Cells.number(row, 4, project.executed(), ExcelNumbers::wan, styles.money);
            Cells.number(row, 5, project.ratePercent(), ExcelNumbers::fraction, styles.percent);
            Cells.number(row, 6, project.score(), styles.score);
            Cells.text(row, 7, project.gradeLabel() == null ? UNSCORED : project.gradeLabel(), styles.centred);
            Cells.text(row, 8, project.status(), styles.centred);
        }
        int lastProjectRow = rowIndex - 1;
        totals(sheet.createRow(rowIndex), styles, summary.totals());
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, 2));

        sheet.createFreezePane(0, HEADER_ROW + 1);
        // The filter covers the projects only, so sorting or filtering never moves the totals row.
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastProjectRow, HEADER_ROW), 0,
                HEADER.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, HEADER.size() - 1));
        SheetLayout.printedOnePageWide(sheet);
    }

    static String title(DistrictSummary summary) {
        return summary.districtName() + summary.year() + "年度项目支出绩效自评汇总表";
    }

    private static void totals(Row row, SummaryStyles styles, DistrictSummary.Totals totals) {
        Cells.text(row, 0, "合计（" + totals.projects() + "个项目）", styles.totalText);
        Cells.text(row, 1, null, styles.totalText);
        Cells.text(row, 2, null, styles.totalText);
        Cells.number(row, 3, totals.budget(), ExcelNumbers::wan, styles.totalMoney);
        Cells.number(row, 4, totals.executed(), ExcelNumbers::wan, styles.totalMoney);
        Cells.number(row, 5, totals.ratePercent(), ExcelNumbers::fraction, styles.totalPercent);
        for (int column = 6; column < HEADER.size(); column++) {
            Cells.text(row, column, null, styles.totalText);
        }
    }
}
