package cn.jixiao.project.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.ProblemDetail;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.ProblemException;

import static cn.jixiao.project.budget.FundingSource.CURRENT_YEAR_APPROPRIATION;
import static cn.jixiao.project.budget.FundingSource.OTHER;
import static cn.jixiao.project.budget.FundingSource.PRIOR_YEAR_CARRYOVER;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetRulesTest {

    static final int YEAR = 2023;

    @Test
    void theSeedBudgetAllAppropriationAllEntrustedServicesIsAccepted() {
        assertThatCode(() -> BudgetRules.check(BudgetTest.JINCHEN, YEAR)).doesNotThrowAnyException();
    }

    @Test
    void aBudgetSplitOverSeveralSourcesAndClassificationsThatAddsUpToTheFenIsAccepted() {
        Budget split = Budget.atStartOfYear(yuan("1000000.03"),
                sources("600000.01", "600000.01", "300000.01", "300000.01", "100000.01", "100000.01"),
                List.of(line("30201", "0.01"), line("30227", "999999.99"), line("31002", "0.03")));

        assertThatCode(() -> BudgetRules.check(split, YEAR)).doesNotThrowAnyException();
    }

    @Test
    void sourcesWhoseInitialAmountsAreOneFenShortAreRefusedShowingBothSums() {
        Budget budget = Budget.atStartOfYear(yuan("2000000.00"),
                sources("1999999.99", "2000000.00", "0", "0", "0", "0"),
                List.of(line("30227", "2000000.00")));

        assertThat(mismatches(budget)).containsExactly(
                new BudgetRules.SumMismatch("bySource.initial", yuan("2000000.00"), yuan("1999999.99"), yuan("-0.01")));
        assertThat(problem(budget).getDetail()).contains("各资金来源年初预算数合计 1999999.99 元，应等于年初预算数 2000000.00 元");
    }

    @Test
    void sourcesWhoseFullYearAmountsAreOneFenOverAreRefused() {
        Budget budget = Budget.atStartOfYear(yuan("2000000.00"),
                sources("2000000.00", "2000000.00", "0", "0.01", "0", "0"),
                List.of(line("30227", "2000000.00")));

        assertThat(mismatches(budget)).containsExactly(
                new BudgetRules.SumMismatch("bySource.fullYear", yuan("2000000.00"), yuan("2000000.01"), yuan("0.01")));
    }

    @Test
    void classificationsThatMissTheFullYearBudgetByOneFenAreRefused() {
        Budget budget = Budget.atStartOfYear(yuan("2000000.00"),
                sources("2000000.00", "2000000.00", "0", "0", "0", "0"),
                List.of(line("30227", "1999999.98"), line("30201", "0.01")));

        assertThat(mismatches(budget)).containsExactly(
                new BudgetRules.SumMismatch("byClassification", yuan("2000000.00"), yuan("1999999.99"), yuan("-0.01")));
    }

    @Test
    void everySumThatDisagreesIsListedInOneRefusal() {
        Budget budget = Budget.atStartOfYear(yuan("2000000.00"), List.of(), List.of());

        assertThat(mismatches(budget)).extracting(BudgetRules.SumMismatch::breakdown)
                .containsExactly("bySource.initial", "bySource.fullYear", "byClassification");
        assertThat(problem(budget).getProperties()).containsEntry("code", "breakdown-does-not-add-up");
    }

    @Test
    void afterAnAdjustmentTheFullYearAmountsMustIncludeItAndTheInitialOnesMustNot() {
        Budget stale = BudgetTest.JINCHEN.adjusted(increase(LocalDate.of(2023, 7, 15), "100000.00"),
                BudgetTest.JINCHEN.bySource(), BudgetTest.JINCHEN.byClassification());
        assertThat(mismatches(stale)).extracting(BudgetRules.SumMismatch::breakdown)
                .containsExactly("bySource.fullYear", "byClassification");

        Budget included = BudgetTest.JINCHEN.adjusted(increase(LocalDate.of(2023, 7, 15), "100000.00"),
                sources("2000000.00", "2100000.00", "0", "0", "0", "0"), List.of(line("30227", "2100000.00")));
        assertThatCode(() -> BudgetRules.check(included, YEAR)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-01", "2023-12-31"})
    void anAdjustmentOnTheFirstOrLastDayOfTheBudgetYearIsAccepted(String date) {
        assertThatCode(() -> BudgetRules.check(adjustedBy(new Adjustment(LocalDate.parse(date), yuan("1.00"), "追加")), YEAR))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-12-31", "2024-01-01"})
    void anAdjustmentOneDayOutsideTheBudgetYearIsRefusedNamingTheYear(String date) {
        ProblemException refused = refusal(adjustedBy(new Adjustment(LocalDate.parse(date), yuan("1.00"), "追加")));

        assertThat(refused.toProblemDetail().getProperties())
                .containsEntry("code", "adjustment-date-outside-year")
                .containsEntry("date", date)
                .containsEntry("year", 2023)
                .containsEntry("from", "2023-01-01")
                .containsEntry("to", "2023-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anAdjustmentWithoutAReasonIsRefused(String reason) {
        assertThat(refusal(adjustedBy(new Adjustment(LocalDate.of(2023, 7, 15), yuan("1.00"), reason)))
                .toProblemDetail().getProperties()).containsEntry("code", "adjustment-reason-missing");
        assertThat(refusal(adjustedBy(new Adjustment(LocalDate.of(2023, 7, 15), yuan("1.00"), null)))
                .toProblemDetail().getProperties()).containsEntry("code", "adjustment-reason-missing");
    }

    @Test
    void anAdjustmentOfZeroIsRefused() {
        assertThat(refusal(adjustedBy(new Adjustment(LocalDate.of(2023, 7, 15), yuan("0.00"), "无变化")))
                .toProblemDetail().getProperties()).containsEntry("code", "adjustment-amount-zero");
    }

    @Test
    void aReductionDownToExactlyZeroIsAcceptedButOneFenFurtherIsRefused() {
        Budget toZero = BudgetTest.JINCHEN.adjusted(new Adjustment(LocalDate.of(2023, 11, 30), yuan("-2000000.00"), "项目取消"),
                sources("2000000.00", "0", "0", "0", "0", "0"), List.of());
        assertThatCode(() -> BudgetRules.check(toZero, YEAR)).doesNotThrowAnyException();

        Budget belowZero = BudgetTest.JINCHEN.adjusted(new Adjustment(LocalDate.of(2023, 11, 30), yuan("-2000000.01"), "项目取消"),
                sources("2000000.00", "0", "0", "0", "0", "0"), List.of());
        Map<String, Object> refused = refusal(belowZero).toProblemDetail().getProperties();
        assertThat(refused)
                .containsEntry("code", "budget-below-zero")
                .containsEntry("initialBudget", yuan("2000000.00"))
                .containsEntry("adjustmentTotal", yuan("-2000000.01"))
                .containsEntry("fullYearBudget", yuan("-0.01"));
    }

    private static Budget adjustedBy(Adjustment adjustment) {
        Yuan fullYear = BudgetTest.JINCHEN.fullYear().plus(adjustment.amount());
        return BudgetTest.JINCHEN.adjusted(adjustment,
                List.of(new SourceLine(CURRENT_YEAR_APPROPRIATION, yuan("2000000.00"), fullYear)),
                List.of(new ClassificationLine("30227", "委托业务费", fullYear)));
    }

    private static Adjustment increase(LocalDate date, String amount) {
        return new Adjustment(date, yuan(amount), "追加");
    }

    /** Initial and full-year amounts of 本年财政拨款, 上年结转资金 and 其他资金, in that order. */
    private static List<SourceLine> sources(String... amounts) {
        return List.of(
                new SourceLine(CURRENT_YEAR_APPROPRIATION, yuan(amounts[0]), yuan(amounts[1])),
                new SourceLine(PRIOR_YEAR_CARRYOVER, yuan(amounts[2]), yuan(amounts[3])),
                new SourceLine(OTHER, yuan(amounts[4]), yuan(amounts[5])));
    }

    private static ClassificationLine line(String code, String amount) {
        return new ClassificationLine(code, code, yuan(amount));
    }

    private static ProblemException refusal(Budget budget) {
        try {
            BudgetRules.check(budget, YEAR);
        } catch (ProblemException refused) {
            return refused;
        }
        throw new AssertionError("the budget was accepted");
    }

    private static ProblemDetail problem(Budget budget) {
        return refusal(budget).toProblemDetail();
    }

    @SuppressWarnings("unchecked")
    private static List<BudgetRules.SumMismatch> mismatches(Budget budget) {
        return (List<BudgetRules.SumMismatch>) problem(budget).getProperties().get("mismatches");
    }
}
