package cn.jixiao.project.indicators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.uploads.SheetCell;
import cn.jixiao.uploads.WorkbookLimits;
import cn.jixiao.uploads.XlsxSheet;

/**
 * The workbook in which a street reports actual values in bulk: downloaded with one row per indicator, the two
 * last columns filled in, uploaded back. Reading refuses the whole file on any problem, listing every bad cell,
 * so nothing is ever half-imported.
 *
 * <p>A row whose 实际完成值 is empty reports nothing (its stored actual, if any, stays). Cells are read as Excel
 * shows them, so a cell formatted as a percentage reads "98%", not 0.98.
 */
public final class ActualsWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> HEADERS = List.of(
            "指标编号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施");
    /** Far more than any indicator tree; a longer sheet is not this workbook. */
    public static final int MAX_ROWS = 1_000;

    private static final int ID = 0;
    private static final int ACTUAL = 5;
    private static final int NOTE = 6;
    private static final String SHEET = "实际完成值";
    /** The template's seven columns and room for a person's notes beside them; the header and {@link #MAX_ROWS}. */
    private static final WorkbookLimits LIMITS = WorkbookLimits.of(MAX_ROWS + 1, 32)
            .withCellChars(Math.max(ReportedActual.MAX_NOTE_LENGTH * 2, 4_000));

    private ActualsWorkbook() {
    }

    /** One reported row, checked against its indicator. {@code row} is the Excel row number. */
    public record Entry(int row, String indicatorId, ActualReading actual, String deviationNote) {
    }

    /** One refused cell, located as Excel shows it (row 12, column F). */
    public record CellProblem(int row, String column, String columnName, String value, String reason) {
    }

    public static byte[] template(List<Indicator> indicators) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            // typed "98%" stays the text the street wrote instead of becoming the number 0.98
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row headerRow = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(HEADERS.get(column));
                cell.setCellStyle(header);
            }
            int rowIndex = 1;
            for (Indicator indicator : indicators) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(indicator.id());
                row.createCell(1).setCellValue(indicator.category().label());
                row.createCell(2).setCellValue(indicator.dimension().label());
                row.createCell(3).setCellValue(indicator.name());
                row.createCell(4).setCellValue(indicator.target() == null ? "" : indicator.target().text());
                row.createCell(ACTUAL).setCellStyle(text);
                row.createCell(NOTE).setCellStyle(text);
            }
            sheet.setDefaultColumnStyle(ACTUAL, text);
            sheet.setDefaultColumnStyle(NOTE, text);
            int[] widths = {38, 12, 16, 40, 16, 16, 50};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reported rows of an uploaded workbook, or a refusal naming every problem. */
    public static List<Entry> read(Path file, List<Indicator> indicators) {
        if (!isZip(file)) {
            throw notXlsx();
        }
        SheetContent sheet = new SheetContent();
        try {
            XlsxSheet.readFirstSheet(file, LIMITS, sheet);
        } catch (IOException notAWorkbook) {
            // a damaged ZIP, or another Office Open XML file such as a .docx renamed to .xlsx
            throw notXlsx();
        }
        if (sheet.rows.isEmpty() || sheet.rows.get(0).number() != 1) {
            throw layout(Bilingual.of("工作簿是空的", "The workbook is empty"));
        }
        checkLayout(sheet);
        return entries(sheet.rows.subList(1, sheet.rows.size()), indicators);
    }

    /** The sheet as read: few rows (at most {@link #MAX_ROWS} and the header), so they are kept to be checked together. */
    private static final class SheetContent implements XlsxSheet.Rows {

        private final List<SheetRow> rows = new ArrayList<>();
        private String firstMerged;

        @Override
        public void row(int number, List<SheetCell> cells) {
            if (number > MAX_ROWS + 1) {
                throw tooManyRows();
            }
            rows.add(new SheetRow(number, cells));
        }

        @Override
        public void merged(String range) {
            if (firstMerged == null) {
                firstMerged = range;
            }
        }
    }

    private record SheetRow(int number, List<SheetCell> cells) {

        /** The cell's text as Excel shows it (a cell formatted as a percentage reads "98%"), stripped. */
        String text(int column) {
            return cells.stream().filter(cell -> cell.column() == column).findFirst()
                    .map(cell -> cell.shown().strip()).orElse("");
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FileMagic.valueOf(FileMagic.prepareToCheckMagic(in)) == FileMagic.OOXML;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static void checkLayout(SheetContent sheet) {
        if (sheet.firstMerged != null) {
            throw layout(Bilingual.of("工作表中有合并单元格（" + sheet.firstMerged + "），请取消合并",
                    "The sheet has merged cells (" + sheet.firstMerged + "); unmerge them"));
        }
        SheetRow header = sheet.rows.get(0);
        List<String> found = new ArrayList<>(SheetCell.dense(header.cells(), cell -> cell.shown().strip()));
        while (found.size() < HEADERS.size()) {
            found.add("");
        }
        while (found.size() > HEADERS.size() && found.get(found.size() - 1).isEmpty()) {
            found.remove(found.size() - 1);
        }
        if (!found.equals(HEADERS)) {
            throw layout(Bilingual.of("表头应依次为：" + String.join("、", HEADERS) + "，请使用下载的模板",
                    "The header row must read " + String.join(", ", HEADERS) + " in this order; use the downloaded template"))
                    .with("expectedColumns", HEADERS)
                    .with("foundColumns", found);
        }
    }

    private static List<Entry> entries(List<SheetRow> rows, List<Indicator> indicators) {
        Map<String, Indicator> byId = indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        List<CellProblem> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            int excelRow = row.number();
            boolean formulas = false;
            for (SheetCell cell : row.cells()) {
                if (cell.formula() != null) {
                    formulas = true;
                    problems.add(problem(excelRow, cell.column(), cell.formula(), Bilingual.of(
                            "不接受公式，请粘贴为数值", "Formulas are not accepted; paste the value")));
                }
            }
            String id = row.text(ID);
            String actual = row.text(ACTUAL);
            String note = row.text(NOTE);
            if (formulas || (id.isEmpty() && actual.isEmpty() && note.isEmpty())) {
                continue;
            }
            Indicator indicator = byId.get(id);
            if (id.isEmpty()) {
                problems.add(problem(excelRow, ID, id, Bilingual.of("缺少指标编号", "The indicator id is missing")));
            } else if (indicator == null) {
                problems.add(problem(excelRow, ID, id, Bilingual.of(
                        "未知的指标编号，请使用下载的模板", "Unknown indicator id; use the downloaded template")));
            } else if (!seen.add(id)) {
                problems.add(problem(excelRow, ID, id, Bilingual.of(
                        "该指标在本表中出现了不止一次", "This indicator appears more than once in the sheet")));
            }
            if (note.length() > ReportedActual.MAX_NOTE_LENGTH) {
                problems.add(problem(excelRow, NOTE, note.substring(0, 50) + "…", Bilingual.of(
                        "偏差原因分析及改进措施不超过 " + ReportedActual.MAX_NOTE_LENGTH + " 字",
                        "The deviation note has at most " + ReportedActual.MAX_NOTE_LENGTH + " characters")));
            }
            if (actual.isEmpty()) {
                if (!note.isEmpty()) {
                    problems.add(problem(excelRow, ACTUAL, actual, Bilingual.of(
                            "填写了偏差原因分析但没有填写实际完成值", "A deviation note without an actual value")));
                }
                continue;
            }
            if (indicator != null) {
                try {
                    entries.add(new Entry(excelRow, id, ActualRules.read(indicator, actual), note.isEmpty() ? null : note));
                } catch (UnreadableValue unreadable) {
                    problems.add(problem(excelRow, ACTUAL, actual, unreadable.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "actuals-rejected",
                    Bilingual.of("实际完成值未导入", "Actual values not imported"),
                    Bilingual.of("有 " + problems.size() + " 个单元格需要修改，整个文件均未导入，详见 errors",
                            problems.size() + " cell(s) need fixing; nothing of the file was imported, see errors"))
                    .with("errors", problems);
        }
        if (entries.isEmpty()) {
            throw layout(Bilingual.of("工作簿中没有填写任何实际完成值", "The workbook reports no actual value"));
        }
        return entries;
    }

    private static CellProblem problem(int row, int column, String value, Bilingual reason) {
        return new CellProblem(row, CellReference.convertNumToColString(column),
                column < HEADERS.size() ? HEADERS.get(column) : null, value, reason.combined());
    }

    private static ProblemException notXlsx() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-xlsx",
                Bilingual.of("文件不是 XLSX 工作簿", "Not an XLSX workbook"),
                Bilingual.of("按文件内容判断，上传的文件不是 Excel 工作簿（.xlsx）；旧版 .xls 请另存为 .xlsx",
                        "By its content the file is not an Excel workbook (.xlsx); save an old .xls as .xlsx"));
    }

    private static ProblemException tooManyRows() {
        return layout(Bilingual.of("行数过多（最多 " + MAX_ROWS + " 行）", "Too many rows (at most " + MAX_ROWS + ")"))
                .with("limit", "maxRows").with("maxValue", MAX_ROWS);
    }

    private static ProblemException layout(Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "workbook-layout",
                Bilingual.of("工作簿格式不符", "Unexpected workbook layout"), detail);
    }
}
