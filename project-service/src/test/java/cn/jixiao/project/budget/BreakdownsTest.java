package cn.jixiao.project.budget;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.ProblemException;

import static cn.jixiao.project.budget.FundingSource.CURRENT_YEAR_APPROPRIATION;
import static cn.jixiao.project.budget.FundingSource.OTHER;
import static cn.jixiao.project.budget.FundingSource.PRIOR_YEAR_CARRYOVER;
import static cn.jixiao.project.budget.Money.decimal;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakdownsTest {

    /** The seed project's budget year. */
    private static final int YEAR = 2023;

    @Test
    void everyFundingSourceGetsARowInFormOrderTheOnesLeftOutWithZeros() {
        List<SourceLine> lines = Breakdowns.bySource(List.of(
                new SourceRow(OTHER, decimal("100"), decimal("100")),
                new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2000000"), decimal("2150000"))));

        assertThat(lines).containsExactly(
                new SourceLine(CURRENT_YEAR_APPROPRIATION, yuan("2000000"), yuan("2150000")),
                new SourceLine(PRIOR_YEAR_CARRYOVER, yuan("0"), yuan("0")),
                new SourceLine(OTHER, yuan("100"), yuan("100")));
    }

    @Test
    void aFundingSourceEnteredTwiceIsRefused() {
        assertThatThrownBy(() -> Breakdowns.bySource(List.of(
                new SourceRow(PRIOR_YEAR_CARRYOVER, decimal("1"), decimal("1")),
                new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("2"), decimal("2")),
                new SourceRow(PRIOR_YEAR_CARRYOVER, decimal("3"), decimal("3")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.toProblemDetail().getProperties())
                            .containsEntry("code", "duplicate-source");
                    assertThat(problem.toProblemDetail().getProperties().get("duplicates").toString())
                            .isEqualTo("[PRIOR_YEAR_CARRYOVER]");
                    assertThat(problem.toProblemDetail().getDetail()).contains("上年结转资金");
                });
    }

    @Test
    void aSourceAmountIsCheckedUnderItsRowsFieldName() {
        assertThatThrownBy(() -> Breakdowns.bySource(List.of(
                new SourceRow(CURRENT_YEAR_APPROPRIATION, decimal("1"), decimal("1")),
                new SourceRow(OTHER, decimal("1"), decimal("-1")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.toProblemDetail().getProperties())
                        .containsEntry("code", "amount-negative")
                        .containsEntry("field", "bySource[1].fullYear"));
    }

    @Test
    void classificationsAreNamedFromTheCatalogueAndListedInCodeOrder() {
        List<ClassificationLine> lines = Breakdowns.byClassification(YEAR, List.of(
                new ClassificationRow("30227", decimal("1900000")),
                new ClassificationRow("30201", decimal("100000"))));

        assertThat(lines).containsExactly(
                new ClassificationLine("30201", "办公费", yuan("100000")),
                new ClassificationLine("30227", "委托业务费", yuan("1900000")));
    }

    @Test
    void everyUnknownClassificationCodeIsNamedInTheRefusal() {
        assertThatThrownBy(() -> Breakdowns.byClassification(YEAR, List.of(
                new ClassificationRow("30227", decimal("1")),
                new ClassificationRow("30230", decimal("1")),
                new ClassificationRow("302", decimal("1")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.toProblemDetail().getProperties()).containsEntry("code", "unknown-classification");
                    assertThat(problem.toProblemDetail().getProperties().get("unknownCodes").toString())
                            .isEqualTo("[30230, 302]");
                    assertThat(problem.toProblemDetail().getProperties()).containsEntry("year", YEAR);
                    assertThat(problem.toProblemDetail().getDetail())
                            .contains("经济分类编码 30230、302 不在 2023 年部门预算支出经济分类科目中")
                            .contains("not in the 2023 department budget expenditure economic classification");
                });
    }

    @Test
    void aClassificationEnteredTwiceIsRefused() {
        assertThatThrownBy(() -> Breakdowns.byClassification(YEAR, List.of(
                new ClassificationRow("30227", decimal("1")),
                new ClassificationRow(" 30227", decimal("2")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.toProblemDetail().getProperties()).containsEntry("code", "duplicate-classification");
                    assertThat(problem.toProblemDetail().getProperties().get("duplicates").toString()).isEqualTo("[30227]");
                });
    }

    @Test
    void aClassificationAmountIsCheckedUnderItsRowsFieldName() {
        assertThatThrownBy(() -> Breakdowns.byClassification(YEAR, List.of(
                new ClassificationRow("30227", decimal("1")),
                new ClassificationRow("30201", decimal("0.123")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.toProblemDetail().getProperties())
                        .containsEntry("code", "amount-too-precise")
                        .containsEntry("field", "byClassification[1].amount"));
    }
}
