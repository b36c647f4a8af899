package cn.jixiao.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.testing.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming XLSX reader: what a spreadsheet program writes is read as Excel shows it; every limit holds. */
class XlsxSheetTest {

    private static final WorkbookLimits ROOMY = WorkbookLimits.of(1_000, 20);

    @TempDir
    Path folder;

    @Test
    void aWorkbookWrittenByASpreadsheetProgramIsReadRowByRowAsExcelShowsIt() throws IOException {
        byte[] workbook = poi(sheet -> {
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("指标");
            header.createCell(2).setCellValue("完成值");
            Row values = sheet.createRow(2);
            values.createCell(0).setCellValue("满意度");
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            values.createCell(1).setCellValue(0.98);
            values.getCell(1).setCellStyle(percent);
            values.createCell(2).setCellFormula("1+1");
            values.createCell(3).setCellValue(true);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 2));
        });
        List<String> read = new ArrayList<>();

        XlsxSheet.readFirstSheet(write(workbook), ROOMY, new XlsxSheet.Rows() {
            @Override
            public void row(int number, List<SheetCell> cells) {
                read.add(number + ":" + SheetCell.dense(cells, SheetCell::shown));
                cells.stream().filter(cell -> cell.formula() != null).forEach(cell -> read.add("formula " + cell.formula()));
            }

            @Override
            public void merged(String range) {
                read.add("merged " + range);
            }
        });

        assertThat(read).containsExactly("1:[指标, , 完成值]", "3:[满意度, 98%, , TRUE]", "formula 1+1", "merged A5:C5");
    }

    @Test
    void aCellBeyondTheColumnLimitIsRefusedNotPaddedUpTo() {
        assertThatThrownBy(() -> read(HostileFiles.columnBomb().content(), ROOMY))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.toProblemDetail().getProperties())
                        .containsEntry("code", "upload-too-many-columns").containsEntry("maxValue", 20L));
    }

    @Test
    void rowsSharedStringsCellTextAndUnpackedBytesEachHaveTheirLimit() {
        assertThat(code(HostileFiles.millionRowsXlsx().content(), ROOMY)).isEqualTo("upload-too-many-rows");
        assertThat(code(HostileFiles.domBomb().content(), ROOMY)).isEqualTo("upload-too-many-strings");
        assertThat(code(HostileFiles.zipBomb().content(), ROOMY)).isEqualTo("upload-unpacked-too-large");
        byte[] longCell = HostileFiles.workbook(HostileFiles.sheet(out -> out.write(
                ("<row><c t=\"inlineStr\"><is><t>" + "长".repeat(200) + "</t></is></c></row>").getBytes(java.nio.charset.StandardCharsets.UTF_8))), null);
        assertThat(code(longCell, ROOMY.withCellChars(100))).isEqualTo("upload-cell-too-long");
        byte[] longTag = HostileFiles.workbook(HostileFiles.sheet(out -> out.write(
                ("<row><c r=\"A1\" x=\"" + "a".repeat(300_000) + "\"/></row>").getBytes(java.nio.charset.StandardCharsets.US_ASCII))), null);
        assertThat(code(longTag, ROOMY)).isEqualTo("upload-xml-token-too-long");
    }

    @Test
    void aDtdIsRefusedBeforeAnyEntityIsResolvedOrExpanded() {
        assertThat(code(HostileFiles.xxe().content(), ROOMY)).isEqualTo("upload-xml-doctype");
        assertThat(code(HostileFiles.billionLaughs().content(), ROOMY)).isEqualTo("upload-xml-doctype");
    }

    @Test
    void bytesThatAreNoWorkbookEndInAnIoFailureForTheCallerToWord() {
        assertThatThrownBy(() -> read(HostileFiles.garbageNamedXlsx().content(), ROOMY)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(HostileFiles.unclosedQuoteCsv().content(), ROOMY)).isInstanceOf(IOException.class);
    }

    private String code(byte[] workbook, WorkbookLimits limits) {
        try {
            read(workbook, limits);
        } catch (ProblemException refusal) {
            return (String) refusal.toProblemDetail().getProperties().get("code");
        } catch (IOException e) {
            throw new AssertionError("refused as unreadable, not by a limit", e);
        }
        throw new AssertionError("not refused");
    }

    private void read(byte[] workbook, WorkbookLimits limits) throws IOException {
        XlsxSheet.readFirstSheet(write(workbook), limits, (number, cells) -> {
        });
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "sheet-", ".xlsx"), content);
    }

    private static byte[] poi(java.util.function.Consumer<XSSFSheet> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet("表"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
