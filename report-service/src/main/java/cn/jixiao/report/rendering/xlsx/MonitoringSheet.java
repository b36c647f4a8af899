package cn.jixiao.report.rendering.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.rendering.IndicatorBlocks;

/**
 * The 绩效监控表 on one sheet, laid out as the printed form over nine columns: title, round and 截至日期, the project,
 * 资金执行情况, 绩效指标完成情况 (一级 and 二级 merged over their groups) and 审核意见. Amounts are numbers in 万元 with
 * the form's two decimals and rates are percentages, converted from the exact decimals at the cell
 * ({@link ExcelNumbers}); indicator values stay the text the street wrote (≥10次), and each deviation reads
 * 红灯/黄灯/绿灯 in words.
 */
final class MonitoringSheet {

    static final String NAME = "绩效运行监控表";
    static final int COLUMNS = 9;
    static final List<String> SPENDING_HEADER = List.of("全年预算数", "执行数", "执行率", "序时进度", "偏差", "偏差原因",
            "纠偏措施");
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "当前完成值",
            "全年预计完成值", "偏差", "偏差原因", "纠偏措施");
    /** Widths in characters; a Chinese character takes two. */
    private static final int[] WIDTHS = {12, 14, 30, 14, 14, 14, 8, 30, 30};

    private MonitoringSheet() {
    }

    static void write(Workbook workbook, SummaryStyles styles, MonitoringForm form) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetLayout.widths(sheet, WIDTHS);
        Lines lines = new Lines(sheet, styles);
        Row title = lines.next();
        title.setHeightInPoints(30);
        lines.merged(title, 0, COLUMNS - 1, form.title(), styles.title);
        Row round = lines.next();
        lines.merged(round, 0, 5, (form.roundName() == null ? "" : form.roundName() + "　") + "截至日期："
                + form.asOf(), styles.plain);
        lines.merged(round, 6, COLUMNS - 1, "单位：万元", styles.plainRight);
        project(lines, form);
        lines.next();
        spending(lines, form.spending());
        lines.next();
        indicators(lines, form.indicators());
        lines.next();
        review(lines, form.review());
        SheetLayout.printedOnePageWide(sheet);
    }

    private static void project(Lines lines, MonitoringForm form) {
        SummaryStyles styles = lines.styles;
        Row name = lines.next();
        lines.labelled(name, 0, "项目名称", 5, form.projectName(), styles.text);
        lines.labelled(name, 6, "项目编码", 8, form.projectCode(), styles.centred);
        Row units = lines.next();
        lines.labelled(units, 0, "主管部门", 5, form.competentDepartment(), styles.text);
        lines.labelled(units, 6, "实施单位", 8, form.implementingUnit(), styles.text);
    }

    /** 全年预算数 | 执行数 | 执行率 | 序时进度 | 偏差 | 原因 (two columns) | 纠偏措施 (two columns). */
    private static void spending(Lines lines, MonitoringForm.Spending spending) {
        SummaryStyles styles = lines.styles;
        lines.merged(lines.next(), 0, COLUMNS - 1, "资金执行情况", styles.header);
        Row header = lines.next();
        for (int column = 0; column < 5; column++) {
            Cells.text(header, column, column == 3 ? spending.planLabel() : SPENDING_HEADER.get(column), styles.header);
        }
        lines.merged(header, 5, 6, SPENDING_HEADER.get(5), styles.header);
        lines.merged(header, 7, 8, SPENDING_HEADER.get(6), styles.header);
        Row row = lines.next();
        Cells.number(row, 0, spending.fullYearBudget(), ExcelNumbers::wan, styles.money);
        Cells.number(row, 1, spending.executed(), ExcelNumbers::wan, styles.money);
        Cells.number(row, 2, spending.executionRate(), ExcelNumbers::fraction, styles.percent);
        Cells.number(row, 3, spending.plannedPercent(), ExcelNumbers::fraction, styles.percent);
        Cells.text(row, 4, spending.deviation(), styles.centred);
        lines.merged(row, 5, 6, spending.cause(), styles.wrapped);
        lines.merged(row, 7, 8, spending.measure(), styles.wrapped);
    }

    private static void indicators(Lines lines, List<MonitoringForm.IndicatorRow> indicators) {
        SummaryStyles styles = lines.styles;
        lines.merged(lines.next(), 0, COLUMNS - 1, "绩效指标完成情况", styles.header);
        Row header = lines.next();
        for (int column = 0; column < INDICATOR_HEADER.size(); column++) {
            Cells.text(header, column, INDICATOR_HEADER.get(column), styles.header);
        }
        for (IndicatorBlocks.Placed<MonitoringForm.IndicatorRow> placed : IndicatorBlocks.of(indicators).placed()) {
            Row row = lines.next();
            MonitoringForm.IndicatorRow indicator = placed.row();
            Cells.text(row, 0, placed.firstOfBlock() ? placed.block().category() : null, styles.centred);
            Cells.text(row, 1, placed.firstOfGroup() ? placed.group().dimension() : null, styles.centred);
            if (placed.firstOfBlock() && placed.block().rows() > 1) {
                lines.mergeDown(row, 0, placed.block().rows());
            }
            if (placed.firstOfGroup() && placed.group().rows().size() > 1) {
                lines.mergeDown(row, 1, placed.group().rows().size());
            }
            Cells.text(row, 2, indicator.name(), styles.wrapped);
            Cells.text(row, 3, indicator.target(), styles.centred);
            Cells.text(row, 4, indicator.progress(), styles.centred);
            Cells.text(row, 5, indicator.expected(), styles.centred);
            Cells.text(row, 6, indicator.deviation(), styles.centred);
            Cells.text(row, 7, indicator.cause(), styles.wrapped);
            Cells.text(row, 8, indicator.measure(), styles.wrapped);
        }
    }

    private static void review(Lines lines, MonitoringForm.Review review) {
        SummaryStyles styles = lines.styles;
        lines.merged(lines.next(), 0, COLUMNS - 1, "审核意见", styles.header);
        Row status = lines.next();
        lines.labelled(status, 0, "审核状态", 2, review.status(), styles.centred);
        lines.labelled(status, 3, "审核人", 5, review.reviewedBy(), styles.centred);
        lines.labelled(status, 6, "审核日期", 8, review.date(), styles.centred);
        lines.labelled(lines.next(), 0, "审核意见", COLUMNS - 1, review.comment(), styles.wrapped);
    }

    /** The sheet's rows, written top to bottom, and its merged cells, each bordered over its whole range. */
    private static final class Lines {

        private final Sheet sheet;
        private final SummaryStyles styles;
        private int next;

        Lines(Sheet sheet, SummaryStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        /** One value over columns {@code first}–{@code last} of the row. */
        void merged(Row row, int first, int last, String value, CellStyle style) {
            Cells.text(row, first, value, style);
            for (int column = first + 1; column <= last; column++) {
                Cells.text(row, column, null, style);
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
        }

        /** A label in its header cell, then its value over the columns after it up to {@code last}. */
        void labelled(Row row, int column, String label, int last, String value, CellStyle style) {
            Cells.text(row, column, label, styles.header);
            merged(row, column + 1, last, value, style);
        }

        /** The cell merged over {@code rows} rows from this one down; the cells below it are written with their rows. */
        void mergeDown(Row row, int column, int rows) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum() + rows - 1, column, column));
        }
    }
}
