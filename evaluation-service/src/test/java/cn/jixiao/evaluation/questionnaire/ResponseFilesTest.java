package cn.jixiao.evaluation.questionnaire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading response files: one row per respondent, the first non-blank row as the header. */
public class ResponseFilesTest {

    @Test
    void aCsvFileIsReadWithQuotedCellsHoldingCommasQuotesAndLineBreaks() {
        ResponseTable table = read("答卷.csv", utf8("""
                序号,总体满意度,意见
                1,满意,"环境好，""活动""多"
                2,非常满意,"第一行
                第二行"
                3,一般,
                """));

        assertThat(table.header()).containsExactly("序号", "总体满意度", "意见");
        assertThat(table.rows()).extracting(ResponseTable.Row::number).containsExactly(2, 3, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "满意", "环境好，\"活动\"多");
        assertThat(table.rows().get(1).cell(2)).isEqualTo("第一行\n第二行");
        assertThat(table.rows().get(2).cell(2)).isEmpty();
    }

    @Test
    void aCsvFileMayStartWithAByteOrderMarkOrBeSavedAsGb18030ByExcel() {
        byte[] withBom = ("\uFEFF序号,总体满意度\r\n1,满意\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] gb = "序号,总体满意度\r\n1,非常满意\r\n".getBytes(Charset.forName("GB18030"));

        assertThat(read("a.csv", withBom).header()).containsExactly("序号", "总体满意度");
        ResponseTable fromExcel = read("B.CSV", gb);
        assertThat(fromExcel.header()).containsExactly("序号", "总体满意度");
        assertThat(fromExcel.rows().get(0).cells()).containsExactly("1", "非常满意");
    }

    @Test
    void aCsvRowWithMoreCellsThanTheHeaderOrAQuoteNeverClosedIsUnreadable() {
        ResponseTable table = read("答卷.csv", utf8("""
                序号,总体满意度
                1,满意,多出一列
                2,满意,,
                3,"满意
                4,满意
                """));

        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).unreadable()).contains("多于表头");
        assertThat(table.rows().get(1).unreadable()).as("trailing empty cells are harmless").isNull();
        assertThat(table.rows().get(2).number()).isEqualTo(4);
        assertThat(table.rows().get(2).unreadable()).contains("引号未闭合");
    }

    @Test
    void anXlsxFileIsReadFromItsFirstSheetAsExcelShowsTheCells() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.createRow(1).createCell(0).setCellValue("总体满意度");
            sheet.getRow(1).createCell(1).setCellValue("题2");
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue("满意");
            first.createCell(1).setCellValue(3);
            Row broken = sheet.createRow(3);
            broken.createCell(0).setCellErrorValue(FormulaError.NA.getCode());
        });

        ResponseTable table = read("答卷.xlsx", xlsx);

        assertThat(table.header()).containsExactly("总体满意度", "题2");
        assertThat(table.rows().get(0).number()).isEqualTo(3);
        assertThat(table.rows().get(0).cells()).containsExactly("满意", "3");
        assertThat(table.rows().get(1).unreadable()).contains("公式错误");
    }

    @Test
    void aFileThatIsNoWorkbookOrOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> read("答卷.xlsx", utf8("序号,总体满意度")))
                .isInstanceOf(InvalidSurveyException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> read("答卷.docx", new byte[0]))
                .isInstanceOf(InvalidSurveyException.class).hasMessageContaining(".xlsx 或 .csv");
        assertThatThrownBy(() -> read("空.csv", utf8("\n\n")))
                .isInstanceOf(InvalidSurveyException.class).hasMessageContaining("没有表头");
    }

    /** The file as uploaded: received into a file of its own, which is read as a stream. */
    static ResponseTable read(String fileName, byte[] content) {
        try {
            Path file = Files.createTempFile("responses-", ".upload");
            try {
                return ResponseFiles.read(fileName, Files.write(file, content));
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XLSX file with one sheet, written by {@code content}; the survey API specification uploads such files too. */
    public static byte[] workbook(java.util.function.Consumer<Sheet> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet("答卷"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
