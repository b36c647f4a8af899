package cn.jixiao.uploads;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.testing.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming CSV reader: RFC 4180 as Excel and WPS write it, in GBK or UTF-8, and every limit holds. */
class CsvRecordsTest {

    private static final WorkbookLimits ROOMY = WorkbookLimits.of(1_000, 20);

    @TempDir
    Path folder;

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKnowTheirLine() throws IOException {
        List<String> read = read("\uFEFF序号,意见\r\n1,\"环境好，\"\"活动\"\"多\"\r\n2,\"第一行\n第二行\"\r\n3,\"未闭合\n4,满意\n",
                StandardCharsets.UTF_8);

        assertThat(read).containsExactly("1@1:[序号, 意见]", "2@2:[1, 环境好，\"活动\"多]", "3@3:[2, 第一行\n第二行]",
                "unclosed 4@5 column 2");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsGb18030() throws IOException {
        assertThat(read("序号,总体满意度\r\n1,非常满意\r\n", Charset.forName("GB18030")))
                .containsExactly("1@1:[序号, 总体满意度]", "2@2:[1, 非常满意]");
    }

    @Test
    void aQuoteNeverClosedSwallowsNoMoreThanOneCellsLimit() {
        assertThatThrownBy(() -> read(HostileFiles.unclosedQuoteCsv().content(), ROOMY))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.toProblemDetail().getProperties())
                        .containsEntry("code", "upload-cell-too-long").containsEntry("maxValue", (long) WorkbookLimits.EXCEL_CELL_CHARS));
    }

    @Test
    void columnsAndRecordsHaveTheirLimits() {
        assertThatThrownBy(() -> read(HostileFiles.wideCsv().content(), ROOMY)).isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.toProblemDetail().getProperties()).containsEntry("code", "upload-too-many-columns"));
        assertThatThrownBy(() -> read(HostileFiles.millionRowsCsv().content(), ROOMY)).isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.toProblemDetail().getProperties()).containsEntry("code", "upload-too-many-rows"));
    }

    private List<String> read(String text, Charset charset) throws IOException {
        List<String> read = new ArrayList<>();
        CsvRecords.read(Files.write(Files.createTempFile(folder, "records-", ".csv"), text.getBytes(charset)), ROOMY,
                new CsvRecords.Records() {
                    @Override
                    public void record(int number, int line, List<String> fields) {
                        read.add(number + "@" + line + ":" + fields);
                    }

                    @Override
                    public void unclosedQuote(int number, int line, int column) {
                        read.add("unclosed " + number + "@" + line + " column " + (column + 1));
                    }
                });
        return read;
    }

    private void read(byte[] content, WorkbookLimits limits) throws IOException {
        CsvRecords.read(Files.write(Files.createTempFile(folder, "records-", ".csv"), content), limits, new CsvRecords.Records() {
            @Override
            public void record(int number, int line, List<String> fields) {
            }

            @Override
            public void unclosedQuote(int number, int line, int column) {
            }
        });
    }
}
