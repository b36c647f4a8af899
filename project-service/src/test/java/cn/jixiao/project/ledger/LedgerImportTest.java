package cn.jixiao.project.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ExpenditureRecorded.ClassificationTotal;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class LedgerImportTest {

    static final MediaType XLSX = MediaType.parseMediaType(RejectedImports.XLSX);

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    LedgerApi api;
    Consumer<String, String> events;

    @BeforeEach
    void setUp() {
        api = new LedgerApi(web);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "ledger-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        events = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(events, Topics.PROJECT_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theJinchenLedgerImportsFromXlsxAsOneBatchOfTwoMillionAndPublishesOneEvent() {
        String project = api.register("LI-001");

        api.upload(project, "金辰街道2023年支出明细.xlsx", LedgerFiles.xlsx(LedgerFiles.jinchen2023()))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.kind").isEqualTo("IMPORT")
                .jsonPath("$.fileName").isEqualTo("金辰街道2023年支出明细.xlsx")
                .jsonPath("$.entryCount").isEqualTo(30)
                .jsonPath("$.batchTotal").isEqualTo(2000000.00)
                .jsonPath("$.totals.executed").isEqualTo(2000000.00);

        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.executed").isEqualTo(2000000.00)
                .jsonPath("$.entryCount").isEqualTo(30)
                .jsonPath("$.byClassification.length()").isEqualTo(1)
                .jsonPath("$.byClassification[0].name").isEqualTo("委托业务费")
                .jsonPath("$.byMonth[11].amount").value(december -> assertThat(new BigDecimal(december.toString()))
                        .isEqualByComparingTo(spentIn(12, LedgerFiles.jinchen2023())));
        api.jinchen().get().uri("/api/projects/{id}/expenditures?size=500", project).exchange().expectBody()
                .jsonPath("$.totalElements").isEqualTo(30)
                .jsonPath("$.items[0].voucherNo").isEqualTo("记-2023-02-001");

        // a second change, so that waiting for its event proves the import published exactly one
        api.record(project, LedgerApi.entry("2023-12-31", new BigDecimal("0.01"), "30201", "记-2023-12-999")).expectStatus().isCreated();
        List<EventEnvelope<ExpenditureRecorded>> recorded = expenditureEventsOf(project, 2);
        ExpenditureRecorded imported = recorded.get(0).payload();
        assertThat(recorded.get(0).tenantId()).isEqualTo("jinchen");
        assertThat(imported.entryCount()).isEqualTo(30);
        assertThat(imported.batchTotal()).isEqualTo(new Yuan(new BigDecimal("2000000.00")));
        assertThat(imported.totals().executed()).isEqualTo(new Yuan(new BigDecimal("2000000.00")));
        assertThat(imported.totals().byClassification()).containsExactly(
                new ClassificationTotal("30227", "委托业务费", new Yuan(new BigDecimal("2000000.00"))));
        assertThat(imported.totals().byMonth()).hasSize(12);
        assertThat(recorded.get(1).payload().totals().executed()).isEqualTo(new Yuan(new BigDecimal("2000000.01")));
        assertThat(recorded.get(1).payload().entryCount()).isEqualTo(1);
        assertThat(imported.revision()).as("the ledger's revision after the import").isPositive();
        assertThat(recorded.get(1).payload().revision()).as("a later commit, a higher revision: a late total can be told apart")
                .isGreaterThan(imported.revision());
    }

    @Test
    void theSameLedgerImportsFromCsvAndAnAuditorReadsTheImportInTheAuditTrail() {
        String project = api.register("LI-002");

        api.upload(project, "支出明细.csv", LedgerFiles.csv(LedgerFiles.jinchen2023()))
                .expectStatus().isCreated().expectBody().jsonPath("$.totals.executed").isEqualTo(2000000.00);

        List<Map> trail = await().atMost(Duration.ofSeconds(30)).until(() -> api.as(Tokens.auditor("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 2);
        Map<?, ?> imported = trail.get(1);
        assertThat(imported.get("subject")).isEqualTo("ledger");
        assertThat(imported.get("action")).isEqualTo("imported");
        assertThat(new BigDecimal(((Map<?, ?>) ((Map<?, ?>) imported.get("before")).get("totals")).get("executed").toString()))
                .isEqualByComparingTo("0");
        assertThat(new BigDecimal(((Map<?, ?>) ((Map<?, ?>) imported.get("after")).get("totals")).get("executed").toString()))
                .isEqualByComparingTo("2000000.00");
        assertThat(((Map<?, ?>) ((Map<?, ?>) imported.get("after")).get("batch")).get("fileName")).isEqualTo("支出明细.csv");
    }

    @Test
    void reImportingTheSameVouchersIsReportedRowByRowAndNotCountedTwice() {
        String project = api.register("LI-003");
        byte[] ledger = LedgerFiles.xlsx(LedgerFiles.jinchen2023());
        api.upload(project, "ledger.xlsx", ledger).expectStatus().isCreated();

        api.upload(project, "ledger-again.xlsx", ledger)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ledger-import-rejected")
                .jsonPath("$.errorCount").isEqualTo(30)
                .jsonPath("$.errors[0].row").isEqualTo(2)
                .jsonPath("$.errors[0].column").isEqualTo("凭证号")
                .jsonPath("$.errors[0].cell").isEqualTo("F2")
                .jsonPath("$.errors[0].value").isEqualTo("记-2023-02-001")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("凭证号已在台账中（2023-02-10，68000.00 元）").contains("cannot be imported twice"));

        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectBody()
                .jsonPath("$.executed").isEqualTo(2000000.00).jsonPath("$.entryCount").isEqualTo(30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRejectedImportListsEveryProblemAndOffersTheAnnotatedWorkbook() throws IOException {
        String project = api.register("LI-004");
        List<LedgerFiles.Entry> entries = new ArrayList<>(LedgerFiles.jinchen2023());
        LedgerFiles.Entry first = entries.get(0);
        entries.set(3, new LedgerFiles.Entry(LocalDate.of(2024, 1, 3), "-38800.00", "30227", "委托业务费", first.payee(), "记-X-1", "跨年"));
        entries.set(7, new LedgerFiles.Entry(first.date(), "64000.005", "30230", "", first.payee(), "记-X-2", "错误编码"));

        Map<?, ?> refusal = api.upload(project, "有错误的明细.xlsx", LedgerFiles.xlsx(entries))
                .expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(refusal.get("errorCount")).isEqualTo(4);
        assertThat(refusal.get("rowCount")).isEqualTo(30);
        assertThat((List<Map<?, ?>>) refusal.get("errors")).extracting(error -> (Object) error.get("cell"))
                .containsExactly("A5", "B5", "B9", "C9");
        assertThat((List<Map<?, ?>>) refusal.get("errors")).extracting(error -> (Object) error.get("value"))
                .containsExactly("2024-01-03", "-38800.00", "64000.005", "30230");
        String importId = refusal.get("importId").toString();
        assertThat(refusal.get("annotatedWorkbook"))
                .isEqualTo("/api/projects/" + project + "/expenditures/imports/" + importId + "/annotated.xlsx");

        byte[] annotated = api.jinchen().get().uri("/api/projects/{id}/expenditures/imports/{importId}/annotated.xlsx", project, importId)
                .exchange().expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("错误说明");
            XSSFRow bad = sheet.getRow(4);
            assertThat(bad.getCell(7).getStringCellValue()).contains("A5 日期：日期 2024-01-03 不在预算年度 2023 年内").contains("B5 金额（元）：金额必须大于 0");
            assertThat(bad.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(0).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(bad.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(sheet.getRow(1).getCell(7) == null || sheet.getRow(1).getCell(7).getStringCellValue().isEmpty()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(30);
        }
        api.as(Tokens.streetEditor("panlong", "tuodong")).get()
                .uri("/api/projects/{id}/expenditures/imports/{importId}/annotated.xlsx", project, importId)
                .exchange().expectStatus().isNotFound();
        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectBody().jsonPath("$.entryCount").isEqualTo(0);
    }

    @Test
    void askingForAWorkbookGetsTheAnnotatedCopyStraightAway() throws IOException {
        String project = api.register("LI-005");
        List<LedgerFiles.Entry> entries = new ArrayList<>(LedgerFiles.jinchen2023());
        entries.set(0, new LedgerFiles.Entry(entries.get(0).date(), "六万八千", "30227", "委托业务费", "某公司", "记-Y-1", "摘要"));

        byte[] annotated = api.upload(project, "明细.xlsx", LedgerFiles.xlsx(entries), XLSX, MediaType.APPLICATION_PROBLEM_JSON)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(XLSX)
                .expectHeader().exists("X-Import-Id")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).contains("B2 金额（元）：金额不是数字");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("六万八千");
        }
    }

    @Test
    void theTemplateHasTheChineseHeadersAndAnExampleRowThatCannotBeImportedByMistake() throws IOException {
        String project = api.register("LI-006");

        byte[] template = api.as(Tokens.auditor("panlong")).get().uri("/api/projects/{id}/expenditures/template.xlsx", project)
                .exchange().expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFRow header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("日期", "金额（元）", "经济分类编码", "经济分类名称", "收款方", "凭证号", "摘要");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        }

        api.upload(project, "模板.xlsx", template).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].cell").isEqualTo("F2")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("示例行"));
    }

    private static BigDecimal spentIn(int month, List<LedgerFiles.Entry> entries) {
        return entries.stream().filter(entry -> entry.date().getMonthValue() == month)
                .map(entry -> (BigDecimal) entry.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The ExpenditureRecorded events about the project, in order, once {@code count} of them arrived. */
    private List<EventEnvelope<ExpenditureRecorded>> expenditureEventsOf(String projectId, int count) {
        EventCodec codec = new EventCodec();
        List<EventEnvelope<ExpenditureRecorded>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            events.poll(Duration.ofMillis(200)).forEach(record -> {
                if (projectId.equals(record.key())) {
                    var raw = codec.read(record.value());
                    if (raw.is(ProjectEvents.EXPENDITURE_RECORDED)) {
                        found.add(codec.payloadAs(raw, ProjectEvents.EXPENDITURE_RECORDED));
                    }
                }
            });
        }
        assertThat(found).as("ExpenditureRecorded events about project %s", projectId).hasSize(count);
        return found;
    }
}
