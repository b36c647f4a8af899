package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.project.budget.ClassificationRow;
import cn.jixiao.project.budget.FundingSource;
import cn.jixiao.project.budget.SetBudget;
import cn.jixiao.project.budget.SourceRow;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ExpenditureEntryTest {

    @Autowired
    WebTestClient web;


    LedgerApi api;

    @BeforeEach
    void api() {
        api = new LedgerApi(web);
    }

    @Test
    void anEditorRecordsAnEntryAndTheSummaryShowsItExactly() {
        String project = api.register("LE-001");

        api.record(project, LedgerApi.entry("2023-06-30", new BigDecimal("500000.10"), "30227", "记-2023-06-015"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.kind").isEqualTo("ENTRY")
                .jsonPath("$.entryCount").isEqualTo(1)
                .jsonPath("$.batchTotal").isEqualTo(500000.10)
                .jsonPath("$.totals.executed").isEqualTo(500000.10);
        api.record(project, LedgerApi.entry("2023-07-01", new BigDecimal("0.20"), "30201", "记-2023-07-001"))
                .expectStatus().isCreated();

        api.as(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/projects/{id}/ledger/summary", project)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.executed").isEqualTo(500000.30)
                .jsonPath("$.entryCount").isEqualTo(2)
                .jsonPath("$.byClassification[0].code").isEqualTo("30201")
                .jsonPath("$.byClassification[0].name").isEqualTo("办公费")
                .jsonPath("$.byClassification[1].code").isEqualTo("30227")
                .jsonPath("$.byClassification[1].amount").isEqualTo(500000.10)
                .jsonPath("$.byMonth.length()").isEqualTo(12)
                .jsonPath("$.byMonth[5].amount").isEqualTo(500000.10)
                .jsonPath("$.byMonth[6].amount").isEqualTo(0.20)
                .jsonPath("$.executionRate").doesNotExist();
    }

    @Test
    void anEntryOutsideTheYearWithAnUnknownCodeIsRefusedNamingEachField() {
        String project = api.register("LE-002");

        api.record(project, LedgerApi.entry("2022-12-31", new BigDecimal("100.00"), "30230", "记-2022-12-001"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("expenditure-invalid")
                .jsonPath("$.errors[0].field").isEqualTo("date")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("不在预算年度 2023 年内").contains("outside the budget year 2023"))
                .jsonPath("$.errors[1].field").isEqualTo("classificationCode")
                .jsonPath("$.errors[1].message").value(message -> assertThat((String) message)
                        .contains("30230 不在 2023 年部门预算支出经济分类科目中"));
        summaryOf(project).jsonPath("$.entryCount").isEqualTo(0);
    }

    @Test
    void aNegativeOrOverPreciseAmountIsRefusedByFieldValidation() {
        String project = api.register("LE-003");

        api.record(project, LedgerApi.entry("2023-03-01", new BigDecimal("-5.00"), "30227", "记-2023-03-001"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        api.record(project, LedgerApi.entry("2023-03-01", new BigDecimal("12.345"), "30227", "记-2023-03-001"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        api.record(project, LedgerApi.entry("2023-03-01", "一万元", "30227", "记-2023-03-001"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        summaryOf(project).jsonPath("$.entryCount").isEqualTo(0);
    }

    @Test
    void aVoucherEnteredTwiceIsReportedAsADuplicateAndCountedOnce() {
        String project = api.register("LE-004");
        api.record(project, LedgerApi.entry("2023-04-03", new BigDecimal("120000.00"), "30227", "记-2023-04-005"))
                .expectStatus().isCreated();

        api.record(project, LedgerApi.entry("2023-04-03", new BigDecimal("120000.00"), "30227", "记-2023-04-005"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("duplicate-voucher")
                .jsonPath("$.voucherNo").isEqualTo("记-2023-04-005")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已于 2023-04-03 录入台账"));
        summaryOf(project).jsonPath("$.executed").isEqualTo(120000.00).jsonPath("$.entryCount").isEqualTo(1);
    }

    @Test
    void entriesArePagedAndFilteredByMonthAndClassification() {
        String project = api.register("LE-005");
        api.record(project, LedgerApi.entry("2023-03-15", new BigDecimal("10.00"), "30227", "V-3")).expectStatus().isCreated();
        api.record(project, LedgerApi.entry("2023-01-15", new BigDecimal("20.00"), "30227", "V-1")).expectStatus().isCreated();
        api.record(project, LedgerApi.entry("2023-03-02", new BigDecimal("30.00"), "30201", "V-2")).expectStatus().isCreated();

        api.jinchen().get().uri("/api/projects/{id}/expenditures?page=0&size=2", project).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalElements").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].voucherNo").isEqualTo("V-1")
                .jsonPath("$.items[1].voucherNo").isEqualTo("V-2")
                .jsonPath("$.items[1].classificationName").isEqualTo("办公费");
        api.jinchen().get().uri("/api/projects/{id}/expenditures?page=1&size=2", project).exchange()
                .expectBody().jsonPath("$.items[0].voucherNo").isEqualTo("V-3");
        api.jinchen().get().uri("/api/projects/{id}/expenditures?month=3&classification=30227", project).exchange()
                .expectBody().jsonPath("$.totalElements").isEqualTo(1).jsonPath("$.items[0].voucherNo").isEqualTo("V-3");
    }

    @Test
    void anotherStreetIsToldTheProjectDoesNotExistAndAnAuditorReadsButCannotWrite() {
        String project = api.register("LE-006");
        api.record(project, LedgerApi.entry("2023-05-12", new BigDecimal("64000.00"), "30227", "记-2023-05-008"))
                .expectStatus().isCreated();

        WebTestClient tuodong = api.as(Tokens.streetEditor("panlong", "tuodong"));
        tuodong.get().uri("/api/projects/{id}/expenditures", project).exchange().expectStatus().isNotFound();
        tuodong.get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isNotFound();
        tuodong.post().uri("/api/projects/{id}/expenditures", project).bodyValue(
                        LedgerApi.entry("2023-05-12", new BigDecimal("1.00"), "30227", "X-1"))
                .exchange().expectStatus().isNotFound();

        WebTestClient auditor = api.as(Tokens.auditor("panlong"));
        auditor.get().uri("/api/projects/{id}/expenditures", project).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].voucherNo").isEqualTo("记-2023-05-008");
        auditor.get().uri("/api/projects/{id}/ledger/summary", project).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.executed").isEqualTo(64000.00);
        auditor.post().uri("/api/projects/{id}/expenditures", project).bodyValue(
                        LedgerApi.entry("2023-05-13", new BigDecimal("1.00"), "30227", "A-1"))
                .exchange().expectStatus().isForbidden();
        api.as(Tokens.overseer("xishan")).get().uri("/api/projects/{id}/ledger/summary", project).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theProgressLightComparesSpendingToDateWithTheBudgetAndNeedsTheBudget() {
        String project = api.register("LE-007");
        api.record(project, LedgerApi.entry("2023-03-31", new BigDecimal("700000.00"), "30227", "P-1")).expectStatus().isCreated();
        api.record(project, LedgerApi.entry("2023-09-30", new BigDecimal("1300000.00"), "30227", "P-2")).expectStatus().isCreated();

        api.jinchen().get().uri("/api/projects/{id}/ledger/progress?month=6", project).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("budget-not-entered")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("预算未录入").contains("Budget not entered"));

        BigDecimal budget = new BigDecimal("2000000.00");
        api.jinchen().put().uri("/api/projects/{id}/budget", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new SetBudget(null, budget, List.of(new SourceRow(FundingSource.CURRENT_YEAR_APPROPRIATION, budget, budget)),
                        List.of(new ClassificationRow("30227", budget))))
                .exchange().expectStatus().isOk();

        // June: 700,000 of 2,000,000 spent by the end of June → (0.35 ÷ 0.5) × 100 = 70.00, yellow
        api.jinchen().get().uri("/api/projects/{id}/ledger/progress?month=6", project).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.executed").isEqualTo(700000.00)
                .jsonPath("$.progress").isEqualTo(70.00)
                .jsonPath("$.light").isEqualTo("YELLOW")
                .jsonPath("$.lightLabel").isEqualTo("黄灯");
        // March: 700,000 by the end of March → (0.35 ÷ 0.25) × 100 = 140.00, green
        api.jinchen().get().uri("/api/projects/{id}/ledger/progress?month=3", project).exchange()
                .expectBody().jsonPath("$.progress").isEqualTo(140.00).jsonPath("$.light").isEqualTo("GREEN");
        api.as(Tokens.auditor("panlong")).get().uri("/api/projects/{id}/ledger/summary", project).exchange()
                .expectBody().jsonPath("$.fullYearBudget").isEqualTo(2000000.00).jsonPath("$.executionRate").isEqualTo(100.00);
        api.jinchen().get().uri("/api/projects/{id}/ledger/progress?month=13", project).exchange().expectStatus().isBadRequest();
    }

    private WebTestClient.BodyContentSpec summaryOf(String project) {
        return api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk().expectBody();
    }
}
