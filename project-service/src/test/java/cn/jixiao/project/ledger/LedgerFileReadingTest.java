package cn.jixiao.project.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.uploads.WorkbookLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerFileReadingTest {

    @TempDir
    Path folder;

    private static final WorkbookLimits LIMITS = WorkbookLimits.of(101_000, 32);

    private final LineRules rules = new LineRules(2023, ClassificationCatalogue.government());

    @Test
    void anXlsxLedgerIsReadWithNumberCellsDateCellsAndSharedStrings() throws IOException {
        ImportCheck.Outcome outcome = check("ledger.xlsx", LedgerFiles.xlsx(LedgerFiles.jinchen2023()));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(30);
        assertThat(outcome.lines().get(0)).isEqualTo(new LedgerLine(LocalDate.of(2023, 2, 10), new Yuan(new BigDecimal("68000.00")),
                "30227", "委托业务费", "昆明市盘龙区民族文化传播有限公司", "记-2023-02-001", "民族团结进步创建工作方案编制委托费", 2));
        assertThat(SpendingTotals.sum(outcome.lines())).isEqualTo(new Yuan(new BigDecimal("2000000.00")));
    }

    @Test
    void aCsvExportWithQuotesCommasAndLineBreaksInsideFieldsIsRead() throws IOException {
        String csv = "\uFEFF日期,金额（元）,经济分类编码,经济分类名称,收款方,凭证号,摘要\r\n"
                + "2023-05-12,\"64,000.00\",30227,委托业务费,\"昆明金辰社区服务中心\",记-2023-05-008,\"和谐邻里节活动，组织\"\"委托\"\"\n第二行\"\r\n"
                + ",,,,,,\r\n"
                + "2023/6/9,47300,30227,,昆明春城广告制作有限公司,记-2023-06-010,打卡点氛围营造费";
        ImportCheck.Outcome outcome = check("ledger.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.lines()).hasSize(2);
        assertThat(outcome.lines().get(0).amount()).isEqualTo(new Yuan(new BigDecimal("64000.00")));
        assertThat(outcome.lines().get(0).summary()).isEqualTo("和谐邻里节活动，组织\"委托\"\n第二行");
        assertThat(outcome.lines().get(1).sourceRow()).isEqualTo(4);
    }

    @Test
    void aCsvSavedByExcelInGbkIsReadAsChinese() throws IOException {
        String csv = "日期,金额（元）,经济分类编码,经济分类名称,收款方,凭证号,摘要\r\n2023-05-12,64000.00,30227,委托业务费,昆明金辰社区服务中心,记-1,邻里节\r\n";
        ImportCheck.Outcome outcome = check("ledger.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.lines().get(0).payee()).isEqualTo("昆明金辰社区服务中心");
    }

    @Test
    void formulasMergedCellsAndRepeatedVouchersAreProblemsOfTheirCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("支出明细");
            List<List<Object>> rows = new ArrayList<>();
            rows.add(LedgerFiles.jinchen2023().get(0).cells());
            rows.add(LedgerFiles.jinchen2023().get(1).cells());
            List<Object> repeated = LedgerFiles.jinchen2023().get(2).cells();
            repeated.set(5, "记-2023-02-001");
            rows.add(repeated);
            LedgerFiles.write(workbook, sheet, LedgerFiles.HEADERS, rows);
            sheet.getRow(2).getCell(1).setCellFormula("B2*2");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 4, 5));

            ImportCheck.Outcome outcome = check("ledger.xlsx", LedgerFiles.bytes(workbook));

            assertThat(outcome.problems()).extracting(RowProblem::cell).containsExactly("B3", "E4", "F4");
            assertThat(outcome.problems().get(0).value()).isEqualTo("=B2*2");
            assertThat(outcome.problems().get(0).reason().zh()).contains("公式");
            assertThat(outcome.problems().get(1).value()).isEqualTo("E4:F4");
            assertThat(outcome.problems().get(1).reason().en()).contains("Merged cells");
            assertThat(outcome.problems().get(2).reason().zh()).isEqualTo("凭证号与第 2 行重复");
        }
    }

    @Test
    void missingOrReorderedColumnsRefuseTheWholeFileNamingThem() {
        List<String> reordered = new ArrayList<>(LedgerFiles.HEADERS);
        reordered.set(0, "金额(元)");
        reordered.set(1, "日期");
        assertThatThrownBy(() -> check("r.xlsx", LedgerFiles.xlsx(reordered, List.of())))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.toProblemDetail().getDetail())
                        .contains("列的顺序不对").contains("wrong order"));

        List<String> missing = LedgerFiles.HEADERS.subList(0, 6);
        assertThatThrownBy(() -> check("m.xlsx", LedgerFiles.xlsx(missing, List.of())))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.toProblemDetail().getDetail()).contains("缺少列：摘要");
                    assertThat(refusal.toProblemDetail().getProperties()).containsEntry("missingColumns", List.of("摘要"));
                });
    }

    @Test
    void anEmptySheetAndAHeaderWithoutRowsAreRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("支出明细");
            byte[] empty = LedgerFiles.bytes(workbook);
            assertThatThrownBy(() -> check("e.xlsx", empty)).hasMessageContaining("ledger-empty");
        }
        assertThatThrownBy(() -> check("h.xlsx", LedgerFiles.xlsx(LedgerFiles.HEADERS, List.of()))).hasMessageContaining("ledger-empty");
    }

    @Test
    void readingStopsAsSoonAsTheFileHasMoreRowsThanAllowed() {
        ImportCheck check = new ImportCheck(rules, 29);
        assertThatThrownBy(() -> UploadFormat.XLSX.rows().read(write("big.xlsx", LedgerFiles.xlsx(LedgerFiles.jinchen2023())), LIMITS, check))
                .isInstanceOfSatisfying(ProblemException.class, refusal ->
                        assertThat(refusal.toProblemDetail().getDetail()).contains("超过 29 行"));
    }

    @Test
    void aFileWithMoreProblemsThanAnyLedgerHasIsRefusedAsAWholeOnceItsRowsAreCounted() {
        StringBuilder csv = new StringBuilder(String.join(",", LedgerFiles.HEADERS)).append("\r\n");
        for (int row = 0; row < ImportCheck.MAX_PROBLEMS / 2; row++) {
            csv.append("不是日期,不是金额,x,y,z,,\r\n");
        }

        assertThatThrownBy(() -> check("乱.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.toProblemDetail().getProperties())
                        .containsEntry("code", "ledger-too-many-problems").containsEntry("maxValue", ImportCheck.MAX_PROBLEMS));
    }

    @Test
    void theFormatIsJudgedByTheBytesNotTheName() throws IOException {
        assertThat(UploadFormat.of(write("a.xlsx", LedgerFiles.xlsx(LedgerFiles.jinchen2023())), "a.xlsx")).isEqualTo(UploadFormat.XLSX);
        assertThat(UploadFormat.of(write("a.csv", "日期,金额".getBytes(StandardCharsets.UTF_8)), "a.csv")).isEqualTo(UploadFormat.CSV);

        assertThatThrownBy(() -> UploadFormat.of(write("b.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.UTF_8)), "b.xlsx"))
                .hasMessageContaining("ledger-not-xlsx");
        assertThatThrownBy(() -> UploadFormat.of(write("c.xlsx", zipWith("word/document.xml")), "c.xlsx"))
                .hasMessageContaining("ledger-not-xlsx");
        assertThatThrownBy(() -> UploadFormat.of(write("d.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), "d.xls")).hasMessageContaining("ledger-legacy-xls");
        assertThatThrownBy(() -> UploadFormat.of(write("e.csv", new byte[]{0x50, 0x00, 0x01}), "e.csv"))
                .hasMessageContaining("ledger-unsupported-file");
        assertThatThrownBy(() -> UploadFormat.of(write("f.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)), "f.pdf"))
                .hasMessageContaining("ledger-unsupported-file");
    }

    private ImportCheck.Outcome check(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        ImportCheck check = new ImportCheck(rules, 100_000);
        UploadFormat.of(file, name).rows().read(file, LIMITS, check);
        return check.outcome();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] zipWith(String entry) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

}
