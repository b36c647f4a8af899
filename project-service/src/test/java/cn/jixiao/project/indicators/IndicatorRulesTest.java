package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.problems.ProblemHandling.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorRulesTest {

    @Test
    void consistentIndicatorsAreAcceptedWithTheirTargetsParsedForTheirDirection() {
        IndicatorRules.Checked checked = IndicatorRules.check(List.of(
                indicator("a", IndicatorDirection.POSITIVE, "100%", "10"),
                indicator("b", IndicatorDirection.NEGATIVE, "≤202.6万元", "5.5"),
                qualitative("c", "按时完成")));

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.indicators()).extracting(Indicator::target).containsExactly(
                new Target("100%", "GE", new BigDecimal("100"), null, "%"),
                new Target("≤202.6万元", "LE", new BigDecimal("202.6"), null, "万元"),
                new Target("按时完成", null, null, null, null));
        assertThat(checked.indicators()).extracting(Indicator::weight)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("5.50"), new BigDecimal("5.00"));
    }

    @Test
    void aDimensionFiledUnderAnotherCategoryIsRefused() {
        IndicatorInput misfiled = new IndicatorInput("a", IndicatorCategory.EFFECT, IndicatorDimension.QUANTITY, "活动次数",
                "≥10次", IndicatorDirection.POSITIVE, BigDecimal.TEN, null);

        assertThat(IndicatorRules.check(List.of(misfiled)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("indicators[0].dimension");
            assertThat(problem.message()).contains("二级指标“数量指标”属于“产出指标”，不属于“效益指标”");
        });
    }

    @ParameterizedTest(name = "{0} with target {1} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEGATIVE    | ≥95%      | 与“≥95%”的 ≥ 相互矛盾
            POSITIVE    | ≤10天     | 与“≤10天”的 ≤ 相互矛盾
            EQUAL       | ≥3个      | 与“≥3个”的 ≥ 相互矛盾
            POSITIVE    | =100%     | 与“=100%”的 = 相互矛盾
            QUALITATIVE | ≥95%      | 定性指标的年度指标值应为文字描述
            QUALITATIVE | 100%      | 定性指标的年度指标值应为文字描述
            POSITIVE    | 按时完成   | 正向指标的年度指标值应为数值
            NEGATIVE    | 有效控制   | 反向指标的年度指标值应为数值
            POSITIVE    | >95%      | 严格大于或小于
            """)
    void aTargetThatContradictsItsDirectionIsRefused(IndicatorDirection direction, String target, String reason) {
        List<FieldProblem> problems = IndicatorRules.check(List.of(indicator("a", direction, target, "10"))).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("indicators[0].target");
            assertThat(problem.message()).contains(reason);
            assertThat(problem.rejectedValue()).isEqualTo(target);
        });
    }

    @ParameterizedTest(name = "{0} with {1} is accepted")
    @CsvSource(delimiter = '|', textBlock = """
            POSITIVE | 90%-95%
            NEGATIVE | 5天-10天
            EQUAL    | =3个
            EQUAL    | 3个
            NEGATIVE | 10天
            """)
    void aRangeSuitsEveryQuantitativeDirectionAndABareNumberAnyOne(IndicatorDirection direction, String target) {
        assertThat(IndicatorRules.check(List.of(indicator("a", direction, target, "10"))).accepted()).isTrue();
    }

    @ParameterizedTest(name = "weight {0} is refused")
    @CsvSource({"0, 分值应大于 0", "-5, 分值应大于 0", "10.005, 分值最多保留两位小数"})
    void aWeightIsAboveZeroWithTwoDecimalsAtMost(String weight, String reason) {
        assertThat(IndicatorRules.check(List.of(indicator("a", IndicatorDirection.POSITIVE, "≥1个", weight))).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("indicators[0].weight");
                    assertThat(problem.message()).contains(reason);
                });
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsIndex() {
        List<FieldProblem> problems = IndicatorRules.check(List.of(
                indicator("a", IndicatorDirection.POSITIVE, "≥10次", "10"),
                indicator("a", IndicatorDirection.POSITIVE, "≥3个", "10"),
                indicator("c", IndicatorDirection.NEGATIVE, "≥95%", "0"))).problems();

        assertThat(problems).extracting(FieldProblem::field).containsExactly(
                "indicators[1].id", "indicators[1].name", "indicators[2].weight", "indicators[2].target");
    }

    private static IndicatorInput indicator(String id, IndicatorDirection direction, String target, String weight) {
        return new IndicatorInput(id, IndicatorCategory.OUTPUT, IndicatorDimension.QUANTITY, "指标" + id, target, direction,
                new BigDecimal(weight), "活动台账");
    }

    private static IndicatorInput qualitative(String id, String target) {
        return new IndicatorInput(id, IndicatorCategory.OUTPUT, IndicatorDimension.TIMELINESS, "按时完工", target,
                IndicatorDirection.QUALITATIVE, new BigDecimal("5"), " ");
    }
}
