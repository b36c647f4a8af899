package cn.jixiao.project.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a ledger file is refused; in each case nothing at all is saved. */
@ServiceTest
class LedgerImportRejectionTest {

    @Autowired
    WebTestClient web;

    LedgerApi api;
    String project;

    @BeforeEach
    void aJinchenProject() {
        api = new LedgerApi(web);
        project = api.register("LR-" + System.nanoTime());
    }

    @Test
    void missingColumnsAreNamed() {
        List<String> withoutPayee = new ArrayList<>(LedgerFiles.HEADERS);
        withoutPayee.remove("收款方");
        refused("缺列.xlsx", LedgerFiles.xlsx(withoutPayee, List.of()), "ledger-columns")
                .jsonPath("$.missingColumns").isEqualTo(List.of("收款方"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("缺少列：收款方").contains("Missing: 收款方"));
    }

    @Test
    void reorderedColumnsAreRefused() {
        List<String> swapped = new ArrayList<>(LedgerFiles.HEADERS);
        swapped.set(5, "摘要");
        swapped.set(6, "凭证号");
        refused("顺序.xlsx", LedgerFiles.xlsx(swapped, List.of()), "ledger-columns")
                .jsonPath("$.foundColumns[5]").isEqualTo("摘要")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("列的顺序不对"));
    }

    @Test
    void mergedCellsAndFormulasAreMarkedOnTheirCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("支出明细");
            LedgerFiles.write(workbook, sheet, LedgerFiles.HEADERS, rowsOf(LedgerFiles.jinchen2023().subList(0, 5)));
            sheet.getRow(3).getCell(1).setCellFormula("B2+B3");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 6, 7));
            refused("公式.xlsx", LedgerFiles.bytes(workbook), "ledger-import-rejected")
                    .jsonPath("$.errors[0].cell").isEqualTo("B4")
                    .jsonPath("$.errors[0].value").isEqualTo("=B2+B3")
                    .jsonPath("$.errors[1].cell").isEqualTo("G6")
                    .jsonPath("$.errors[1].reason").value(reason -> assertThat((String) reason).contains("合并单元格 G6:H6"));
        }
    }

    @Test
    void anEmptySheetIsRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("支出明细");
            refused("空.xlsx", LedgerFiles.bytes(workbook), "ledger-empty");
        }
    }

    @Test
    void moreThanAHundredThousandRowsAreRefused() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("支出明细");
            var header = sheet.createRow(0);
            for (int i = 0; i < LedgerFiles.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(LedgerFiles.HEADERS.get(i));
            }
            for (int r = 1; r <= 100_001; r++) {
                sheet.createRow(r).createCell(5).setCellValue("V" + r);
            }
            refused("太多.xlsx", LedgerFiles.bytes(workbook), "ledger-too-many-rows").jsonPath("$.maxRows").isEqualTo(100000);
        }
    }

    @Test
    void aFileThatOnlyCallsItselfXlsxIsRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.UTF_8);
        refused("支出明细.xlsx", pdf, "ledger-not-xlsx")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("不是有效的 Excel").contains("renamed"));
    }

    @Test
    void badAmountsDatesCodesAndRepeatedVouchersAreEachReportedWithRowColumnValueAndReason() {
        List<LedgerFiles.Entry> entries = new ArrayList<>(LedgerFiles.jinchen2023());
        LedgerFiles.Entry model = entries.get(0);
        entries.set(1, new LedgerFiles.Entry(model.date(), "伍万", "30227", "", model.payee(), "记-R-2", "非数字"));
        entries.set(2, new LedgerFiles.Entry(model.date(), "-100.00", "30227", "", model.payee(), "记-R-3", "负数"));
        entries.set(3, new LedgerFiles.Entry(model.date(), "100.001", "30227", "", model.payee(), "记-R-4", "三位小数"));
        entries.set(4, new LedgerFiles.Entry(LocalDate.of(2022, 12, 31), new BigDecimal("100.00"), "30227", "", model.payee(), "记-R-5", "上年"));
        entries.set(5, new LedgerFiles.Entry(model.date(), new BigDecimal("100.00"), "50101", "", model.payee(), "记-R-6", "未知编码"));
        entries.set(6, new LedgerFiles.Entry(model.date(), new BigDecimal("100.00"), "30227", "", model.payee(), "记-R-2", "重复凭证"));

        refused("多处错误.xlsx", LedgerFiles.xlsx(entries), "ledger-import-rejected")
                .jsonPath("$.errorCount").isEqualTo(6)
                .jsonPath("$.errors[*].row").isEqualTo(List.of(3, 4, 5, 6, 7, 8))
                .jsonPath("$.errors[*].column").isEqualTo(List.of("金额（元）", "金额（元）", "金额（元）", "日期", "经济分类编码", "凭证号"))
                .jsonPath("$.errors[*].value").isEqualTo(List.of("伍万", "-100.00", "100.001", "2022-12-31", "50101", "记-R-2"))
                .jsonPath("$.errors[*].reason").value(reasons -> assertThat(reasons.toString())
                        .contains("金额不是数字").contains("The amount is not a number")
                        .contains("金额必须大于 0")
                        .contains("金额最多保留两位小数")
                        .contains("不在预算年度 2023 年内")
                        .contains("经济分类编码 50101 不在 2023 年部门预算支出经济分类科目中")
                        .contains("凭证号与第 3 行重复"));
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedBeforeItIsRead() {
        byte[] large = new byte[21 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        api.upload(project, "巨大.csv", large).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("ledger-upload-too-large").jsonPath("$.maxBytes").isEqualTo(20 * 1024 * 1024);
        nothingSaved();
    }

    @Test
    void anotherStreetIsToldTheProjectDoesNotExistAndAnAuditorMayNotImport() {
        byte[] ledger = LedgerFiles.xlsx(LedgerFiles.jinchen2023());
        LedgerApi.upload(api.as(Tokens.streetEditor("panlong", "tuodong")), project, "ledger.xlsx", ledger)
                .expectStatus().isNotFound();
        LedgerApi.upload(api.as(Tokens.auditor("panlong")), project, "ledger.xlsx", ledger)
                .expectStatus().isForbidden();
        nothingSaved();
    }

    private WebTestClient.BodyContentSpec refused(String fileName, byte[] content, String code) {
        WebTestClient.BodyContentSpec body = api.upload(project, fileName, content)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.title").value(title -> assertThat((String) title).contains(" / "));
        nothingSaved();
        return body;
    }

    private void nothingSaved() {
        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.entryCount").isEqualTo(0).jsonPath("$.executed").isEqualTo(0);
        api.jinchen().get().uri("/api/projects/{id}/expenditures", project).exchange()
                .expectBody().jsonPath("$.totalElements").isEqualTo(0);
    }

    private static List<List<Object>> rowsOf(List<LedgerFiles.Entry> entries) {
        return entries.stream().map(LedgerFiles.Entry::cells).toList();
    }

}
