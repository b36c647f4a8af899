package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.contracts.project.DirectionSource;
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

    @ParameterizedTest(name = "{0} with target {1} is refused at {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NEGATIVE    | ≥95%      | direction | 指标方向“反向”与“≥95%”的 ≥ 相互矛盾（≥ 即正向）；可接受：指标方向选正向或留空（由比较符号决定），或将年度指标值改写为 ≤95%
            POSITIVE    | ≤10天     | direction | 指标方向“正向”与“≤10天”的 ≤ 相互矛盾（≤ 即反向）
            EQUAL       | ≥3个      | direction | 指标方向“等于”与“≥3个”的 ≥ 相互矛盾
            POSITIVE    | =100%     | direction | 指标方向“正向”与“=100%”的 = 相互矛盾（= 即等于）
            QUALITATIVE | ≥95%      | target    | 定性指标的年度指标值应为文字描述
            QUALITATIVE | 100%      | target    | 定性指标的年度指标值应为文字描述
            POSITIVE    | 按时完成   | target    | 正向指标的年度指标值应为数值
            NEGATIVE    | 有效控制   | target    | 反向指标的年度指标值应为数值
            POSITIVE    | >95%      | target    | 严格大于或小于
            """)
    void aDirectionThatContradictsTheTargetAsPrintedIsRefusedNamingTheCell(IndicatorDirection direction, String target,
                                                                          String field, String reason) {
        IndicatorRules.Checked checked = IndicatorRules.check(List.of(indicator("a", direction, target, "10")));

        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("indicators[0]." + field);
            assertThat(problem.message()).startsWith("第 1 行“指标a”的").contains(reason);
        });
        assertThat(checked.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.row()).isEqualTo(1);
            assertThat(cell.indicator()).isEqualTo("指标a");
            assertThat(cell.column()).isEqualTo(field.equals("target") ? "年度指标值" : "指标方向");
        });
    }

    @ParameterizedTest(name = "{0} without a direction is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥95%     | POSITIVE    | GE    | TARGET
            ≤10天    | NEGATIVE    | LE    | TARGET
            =6万元   | EQUAL       | EQ    | TARGET
            90%-95%  | -           | RANGE | TARGET
            按时完成  | QUALITATIVE | -     | TARGET
            1        | -           | -     | TEMPLATE_DEFAULT
            100%     | -           | -     | TEMPLATE_DEFAULT
            """)
    void theComparatorPrintedInTheTargetDecidesTheDirectionAndABareNumberLeavesItToTheTemplate(
            String target, IndicatorDirection direction, String comparator, DirectionSource source) {
        Indicator saved = IndicatorRules.check(List.of(indicator("a", null, target, "10"))).indicators().get(0);

        assertThat(saved.direction()).isEqualTo(direction);
        assertThat(saved.target().comparator()).isEqualTo(comparator);
        assertThat(saved.directionSource()).isEqualTo(source);
    }

    @Test
    void anEnteredDirectionAgreeingWithTheComparatorOrGivenToABareNumberIsKept() {
        List<Indicator> saved = IndicatorRules.check(List.of(
                indicator("a", IndicatorDirection.POSITIVE, "≥95%", "10"),
                indicator("b", IndicatorDirection.NEGATIVE, "10天", "10"))).indicators();

        assertThat(saved).extracting(Indicator::directionSource).containsExactly(DirectionSource.TARGET, DirectionSource.ENTERED);
        assertThat(saved.get(1).target().comparator()).isEqualTo("LE");
    }

    @Test
    void aDraftLineSavesWithItsTargetWeightAndDirectionBlankAndListsThemMissing() {
        IndicatorRules.Checked checked = IndicatorRules.check(List.of(
                new IndicatorInput("a", IndicatorCategory.OUTPUT, IndicatorDimension.QUALITY, "验收合格率", " ", null, null, null)));

        assertThat(checked.accepted()).isTrue();
        Indicator saved = checked.indicators().get(0);
        assertThat(saved.target()).isNull();
        assertThat(saved.weight()).isNull();
        assertThat(saved.direction()).isNull();
        assertThat(saved.directionSource()).isEqualTo(DirectionSource.TEMPLATE_DEFAULT);
        assertThat(saved.missing()).containsExactly(Indicator.Missing.TARGET, Indicator.Missing.WEIGHT, Indicator.Missing.ACTUAL);
    }

    @ParameterizedTest(name = "target {0}, weight {1}, marked {2}: not applicable")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /    | -  | -
            ／   | -  | -
            /    | 0  | -
            -    | -  | true
            """)
    void aLinePrintedAsASlashIsNotApplicableWithoutWeightAndMissesNothing(String target, String weight, Boolean marked) {
        IndicatorRules.Checked checked = IndicatorRules.check(List.of(new IndicatorInput("a", IndicatorCategory.EFFECT,
                IndicatorDimension.ECOLOGICAL_BENEFIT, "生态效益", target, null, weight == null ? null : new BigDecimal(weight),
                null, marked)));

        assertThat(checked.problems()).isEmpty();
        Indicator saved = checked.indicators().get(0);
        assertThat(saved.markedNotApplicable()).isTrue();
        assertThat(saved.missing()).isEmpty();
        assertThat(saved.published().notApplicable()).isTrue();
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
    @CsvSource({"0, 分值应大于 0；尚未确定可暂不填写，不适用的行请在年度指标值填“/”", "-5, 分值应大于 0",
            "10.005, 分值最多保留两位小数"})
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
                "indicators[1].id", "indicators[1].name", "indicators[2].weight", "indicators[2].direction");
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
