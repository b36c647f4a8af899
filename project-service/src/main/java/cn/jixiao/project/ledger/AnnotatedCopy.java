package cn.jixiao.project.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.uploads.WorkbookLimits;

/**
 * The uploaded rows again, as an XLSX workbook, with every problem cell highlighted and an added
 * 错误说明 column explaining the row's problems. Written with POI's streaming workbook, row by row as the
 * upload is read again, so its memory stays bounded whatever the file's size.
 */
final class AnnotatedCopy {

    private static final int ERRORS_COLUMN = LedgerColumn.values().length;
    private static final int ROWS_IN_MEMORY = 200;

    private AnnotatedCopy() {
    }

    static void write(Path upload, UploadFormat format, WorkbookLimits limits, List<RowProblem> problems, Path target)
            throws IOException {
        Map<Integer, List<RowProblem>> byRow = problems.stream()
                .collect(Collectors.groupingBy(RowProblem::row, TreeMap::new, Collectors.toList()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (OutputStream out = Files.newOutputStream(target)) {
            SXSSFSheet sheet = workbook.createSheet("支出明细（含错误说明）");
            Styles styles = new Styles(workbook);
            for (int column = 0; column < ERRORS_COLUMN; column++) {
                sheet.setColumnWidth(column, (column == LedgerColumn.SUMMARY.ordinal() ? 40 : 16) * 256);
            }
            sheet.setColumnWidth(ERRORS_COLUMN, 70 * 256);
            sheet.createFreezePane(0, 1);
            format.rows().read(upload, limits, new SheetRows.Sink() {
                private boolean headerWritten;

                @Override
                public void row(int number, List<String> cells) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        return;
                    }
                    Row row = sheet.createRow(number - 1);
                    List<RowProblem> rowProblems = byRow.getOrDefault(number, List.of());
                    Set<LedgerColumn> bad = rowProblems.stream().map(RowProblem::column)
                            .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                    for (LedgerColumn column : LedgerColumn.values()) {
                        String value = column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "";
                        var cell = row.createCell(column.ordinal());
                        boolean isBad = bad.contains(column);
                        if (headerWritten && column == LedgerColumn.DATE && CellValues.isSerial(value) && CellValues.date(value).isPresent()) {
                            cell.setCellValue(CellValues.date(value).get());
                            cell.setCellStyle(isBad ? styles.badDate : styles.date);
                        } else {
                            cell.setCellValue(value);
                            cell.setCellStyle(!headerWritten ? styles.header : isBad ? styles.bad : styles.plain);
                        }
                    }
                    var note = row.createCell(ERRORS_COLUMN);
                    if (!headerWritten) {
                        note.setCellValue(LedgerColumn.ERRORS_HEADER);
                        note.setCellStyle(styles.header);
                        headerWritten = true;
                    } else if (!rowProblems.isEmpty()) {
                        note.setCellValue(rowProblems.stream().map(AnnotatedCopy::explained).collect(Collectors.joining("；\n")));
                        note.setCellStyle(styles.note);
                    }
                }

                @Override
                public void cellProblem(int row, int column, String value, Bilingual reason) {
                    // already among the problems being annotated
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String explained(RowProblem problem) {
        String where = problem.column() == null ? "" : problem.cell() + " " + problem.column().header() + "：";
        return where + problem.reason().combined();
    }

    /** The few cell styles of the copy; a workbook holds a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle bad;
        final CellStyle date;
        final CellStyle badDate;
        final CellStyle note;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plain = workbook.createCellStyle();
            bad = workbook.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            badDate = workbook.createCellStyle();
            badDate.cloneStyleFrom(bad);
            badDate.setDataFormat(dateFormat);
            Font red = workbook.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            note = workbook.createCellStyle();
            note.setFont(red);
            note.setWrapText(true);
        }
    }
}
