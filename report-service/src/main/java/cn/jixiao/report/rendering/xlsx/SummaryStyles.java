package cn.jixiao.report.rendering.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the service's sheets (the district summary, the 绩效监控表), made once per workbook: a workbook holds at most 64,000 styles, and one per cell
 * would also cost time and memory on 6,000 rows.
 */
final class SummaryStyles {

    static final String MONEY_FORMAT = "#,##0.00";
    static final String PERCENT_FORMAT = "0.00%";
    static final String SCORE_FORMAT = "0.00";
    static final String COUNT_FORMAT = "0";
    private static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle header;
    /** Text outside the table, such as the line under a form's title. */
    final CellStyle plain;
    final CellStyle plainRight;
    final CellStyle text;
    /** Running text that wraps within its column, e.g. a cause or a measure. */
    final CellStyle wrapped;
    final CellStyle centred;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle count;
    final CellStyle totalText;
    final CellStyle totalMoney;
    final CellStyle totalPercent;
    final CellStyle totalCount;

    SummaryStyles(Workbook workbook) {
        Font regular = font(workbook, false, (short) 11);
        Font bold = font(workbook, true, (short) 11);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, (short) 16));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        plain = workbook.createCellStyle();
        plain.setFont(regular);
        plainRight = workbook.createCellStyle();
        plainRight.setFont(regular);
        plainRight.setAlignment(HorizontalAlignment.RIGHT);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER, null);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook, regular, HorizontalAlignment.LEFT, null);
        wrapped = bordered(workbook, regular, HorizontalAlignment.LEFT, null);
        wrapped.setWrapText(true);
        centred = bordered(workbook, regular, HorizontalAlignment.CENTER, null);
        money = bordered(workbook, regular, HorizontalAlignment.RIGHT, MONEY_FORMAT);
        percent = bordered(workbook, regular, HorizontalAlignment.RIGHT, PERCENT_FORMAT);
        score = bordered(workbook, regular, HorizontalAlignment.RIGHT, SCORE_FORMAT);
        count = bordered(workbook, regular, HorizontalAlignment.RIGHT, COUNT_FORMAT);
        totalText = bordered(workbook, bold, HorizontalAlignment.CENTER, null);
        totalMoney = bordered(workbook, bold, HorizontalAlignment.RIGHT, MONEY_FORMAT);
        totalPercent = bordered(workbook, bold, HorizontalAlignment.RIGHT, PERCENT_FORMAT);
        totalCount = bordered(workbook, bold, HorizontalAlignment.RIGHT, COUNT_FORMAT);
    }

    private static Font font(Workbook workbook, boolean bold, short points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
