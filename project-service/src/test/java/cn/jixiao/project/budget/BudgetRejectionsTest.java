package cn.jixiao.project.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;

import static cn.jixiao.project.budget.BudgetClient.JINCHEN_EDITOR;
import static cn.jixiao.project.budget.BudgetClient.adjustment;
import static cn.jixiao.project.budget.BudgetClient.badRequest;
import static cn.jixiao.project.budget.BudgetClient.exact;
import static cn.jixiao.project.budget.BudgetClient.seed;
import static cn.jixiao.project.budget.BudgetClient.view;
import static cn.jixiao.project.budget.FundingSource.CURRENT_YEAR_APPROPRIATION;
import static cn.jixiao.project.budget.FundingSource.OTHER;
import static cn.jixiao.project.budget.Money.decimal;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad budget input is refused with problem+json naming what is wrong, and nothing is saved. */
@ServiceTest
class BudgetRejectionsTest {

    @Autowired
    WebTestClient web;

    BudgetClient budgets;
    String project;

    @BeforeEach
    void aProjectWithTheSeedBudget() {
        budgets = new BudgetClient(web);
        project = budgets.register("RJ-" + System.nanoTime());
        budgets.set(project, seed(null)).expectStatus().isOk();
    }

    @Test
    void aNegativeAmountIsRefusedNamingTheField() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("-2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("-2000000.00"), decimal("-2000000.00"))),
                List.of())));

        assertThat(problem.get("code").asString()).isEqualTo("amount-negative");
        assertThat(problem.get("field").asString()).isEqualTo("initialBudget");
        assertThat(problem.get("detail").asString()).contains("不能为负");
        assertNothingChanged();
    }

    @Test
    void anAmountWithAThirdDecimalIsRefusedNamingTheRow() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.001"), decimal("2000000.00"))),
                List.of(new ClassificationRow("30227", decimal("2000000.00"))))));

        assertThat(problem.get("code").asString()).isEqualTo("amount-too-precise");
        assertThat(problem.get("field").asString()).isEqualTo("bySource[0].initial");
        assertThat(problem.get("value").asString()).isEqualTo("2000000.001");
        assertNothingChanged();
    }

    @Test
    void anAmountThatIsNotANumberIsAMalformedRequestNamingTheField() {
        badRequest(budgets.set(project, Map.of("version", 0, "initialBudget", "abc", "bySource", List.of(),
                "byClassification", List.of())));
        JsonNode problem = badRequest(budgets.adjust(project, Map.of("version", 0,
                "adjustment", Map.of("date", "2023-07-15", "amount", "十万元", "reason", "追加"),
                "bySource", List.of(), "byClassification", List.of())));

        assertThat(problem.get("code").asString()).isEqualTo("malformed-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("adjustment.amount");
        assertNothingChanged();
    }

    @Test
    void anUnknownFundingSourceIsAMalformedRequestAndMissingPartsFailValidation() {
        JsonNode unknownSource = badRequest(budgets.set(project, Map.of("version", 0, "initialBudget", 1,
                "bySource", List.of(Map.of("source", "区级财政资金", "initial", 1, "fullYear", 1)), "byClassification", List.of())));
        assertThat(unknownSource.at("/errors/0/field").asString()).isEqualTo("bySource[0].source");

        JsonNode missing = badRequest(budgets.set(project, Map.of("version", 0, "bySource", List.of())));
        assertThat(missing.get("code").asString()).isEqualTo("validation-failed");
        assertThat(missing.get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains("initialBudget", "byClassification");
        assertNothingChanged();
    }

    @Test
    void classificationsOneFenShortOfTheFullYearBudgetAreRefusedShowingTheSums() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.00"), decimal("2000000.00"))),
                List.of(new ClassificationRow("30227", decimal("1999999.99"))))));

        assertThat(problem.get("code").asString()).isEqualTo("breakdown-does-not-add-up");
        assertThat(problem.at("/mismatches/0/breakdown").asString()).isEqualTo("byClassification");
        assertThat(exact(problem, "/mismatches/0/expected")).isEqualTo(decimal("2000000.00"));
        assertThat(exact(problem, "/mismatches/0/actual")).isEqualTo(decimal("1999999.99"));
        assertThat(exact(problem, "/mismatches/0/difference")).isEqualTo(decimal("-0.01"));
        assertThat(problem.get("mismatches")).hasSize(1);
        assertThat(problem.get("detail").asString()).contains("各经济分类金额合计 1999999.99 元，应等于全年预算数 2000000.00 元");
        assertNothingChanged();
    }

    @Test
    void sourcesThatDoNotAddUpToEitherTotalAreRefusedWithBothSums() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("1500000.00"), decimal("1500000.00")),
                        new SourceRow(OTHER, decimal("500000.01"), decimal("499999.99"))),
                List.of(new ClassificationRow("30227", decimal("2000000.00"))))));

        assertThat(problem.get("mismatches").valueStream().map(mismatch -> mismatch.get("breakdown").asString()))
                .containsExactly("bySource.initial", "bySource.fullYear");
        assertThat(exact(problem, "/mismatches/0/actual")).isEqualTo(decimal("2000000.01"));
        assertThat(exact(problem, "/mismatches/1/actual")).isEqualTo(decimal("1999999.99"));
        assertNothingChanged();
    }

    @Test
    void anUnknownClassificationCodeIsRefused() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.00"), decimal("2000000.00"))),
                List.of(new ClassificationRow("30230", decimal("2000000.00"))))));

        assertThat(problem.get("code").asString()).isEqualTo("unknown-classification");
        assertThat(problem.at("/unknownCodes/0").asString()).isEqualTo("30230");
        assertNothingChanged();
    }

    @Test
    void aFundingSourceEnteredTwiceIsRefused() {
        JsonNode problem = badRequest(budgets.set(project, new SetBudget(0L, decimal("2000000.00"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("1000000.00"), decimal("1000000.00")),
                        new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("1000000.00"), decimal("1000000.00"))),
                List.of(new ClassificationRow("30227", decimal("2000000.00"))))));

        assertThat(problem.get("code").asString()).isEqualTo("duplicate-source");
        assertThat(problem.at("/duplicates/0").asString()).isEqualTo("CURRENT_YEAR_APPROPRIATION");
        assertThat(problem.get("detail").asString()).contains("本年财政拨款");
        assertNothingChanged();
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefused() {
        JsonNode blank = badRequest(budgets.adjust(project, adjustment(0, "2023-07-15", "100000.00", "  ", "2100000.00")));
        JsonNode missing = badRequest(budgets.adjust(project, adjustment(0, "2023-07-15", "100000.00", null, "2100000.00")));

        assertThat(blank.get("code").asString()).isEqualTo("adjustment-reason-missing");
        assertThat(missing.get("code").asString()).isEqualTo("adjustment-reason-missing");
        assertThat(missing.get("date").asString()).isEqualTo("2023-07-15");
        assertNothingChanged();
    }

    @Test
    void anAdjustmentDatedOutsideTheBudgetYearIsRefusedAndOneOnItsLastDayIsNot() {
        JsonNode problem = badRequest(budgets.adjust(project, adjustment(0, "2024-01-01", "100000.00", "追加", "2100000.00")));

        assertThat(problem.get("code").asString()).isEqualTo("adjustment-date-outside-year");
        assertThat(problem.get("year").asInt()).isEqualTo(2023);
        assertNothingChanged();

        BudgetView lastDay = view(budgets.adjust(project, adjustment(0, "2023-12-31", "100000.00", "年末追加", "2100000.00")));
        assertThat(lastDay.adjustments()).extracting(BudgetView.AdjustmentView::date).containsExactly(LocalDate.of(2023, 12, 31));
    }

    @Test
    void aReductionBelowZeroIsRefusedShowingTheFullYearBudgetItWouldGive() {
        JsonNode problem = badRequest(budgets.adjust(project, new AddAdjustment(0L,
                new AdjustmentRow(LocalDate.of(2023, 11, 30), decimal("-2000000.01"), "项目取消"),
                List.of(new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000.00"), decimal("0"))), List.of())));

        assertThat(problem.get("code").asString()).isEqualTo("budget-below-zero");
        assertThat(exact(problem, "/fullYearBudget")).isEqualTo(decimal("-0.01"));
        assertNothingChanged();
    }

    @Test
    void anAdjustmentWhoseBreakdownsLeaveItOutIsRefused() {
        JsonNode problem = badRequest(budgets.adjust(project, adjustment(0, "2023-07-15", "100000.00", "追加", "2000000.00")));

        assertThat(problem.get("code").asString()).isEqualTo("breakdown-does-not-add-up");
        assertThat(exact(problem, "/mismatches/0/expected")).isEqualTo(decimal("2100000.00"));
        assertThat(exact(problem, "/mismatches/0/actual")).isEqualTo(decimal("2000000.00"));
        assertNothingChanged();
    }

    /** The seed budget as it was set, at its first version: a refused change saved nothing, not even in part. */
    private void assertNothingChanged() {
        BudgetView stored = view(budgets.get(JINCHEN_EDITOR, project));
        assertThat(stored.version()).isZero();
        assertThat(stored.adjustments()).isEmpty();
        assertThat(stored.fullYearBudget().yuan()).isEqualTo(yuan("2000000.00"));
        assertThat(stored.byClassification()).hasSize(1);
    }
}
