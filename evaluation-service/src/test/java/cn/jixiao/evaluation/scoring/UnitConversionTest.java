package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.scoring.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Actual and target are compared in the same unit: money converts exactly, other units must match. */
class UnitConversionTest {

    @Test
    void anActualInYuanIsConvertedExactlyIntoATargetInWan() {
        IndicatorScore line = alone(quantity("项目总成本", atMost("202.6", "万元"), NEGATIVE, "10"),
                measured("2126000", "元"));

        // 2,126,000 元 = 212.6 万元; (1 − (212.6 − 202.6) ÷ 202.6) × 10 = 9.5064… → 9.51
        assertThat(line.score()).isEqualByComparingTo("9.51");
        assertThat(line.explanation()).isEqualTo(
                "实际完成值 2126000元（折合 212.6万元） > 年度指标值 ≤202.6万元：得分 = (1 − (212.6 − 202.6) ÷ 202.6) × 10 = 9.51");
    }

    @Test
    void anActualInWanIsConvertedIntoATargetInYuan() {
        IndicatorScore line = alone(quantity("带动社会投资", atLeast("1000000", "元"), POSITIVE, "10"),
                measured("80", "万元"));

        assertThat(line.score()).isEqualByComparingTo("8.00");
        assertThat(line.explanation()).isEqualTo(
                "实际完成值 80万元（折合 800000元） < 年度指标值 ≥1000000元：得分 = 800000 ÷ 1000000 × 10 = 8.00");
        // 99.99 万元 = 999,900 元: 9.999 rounds half-up to full marks.
        assertThat(alone(quantity("带动社会投资", atLeast("1000000", "元"), POSITIVE, "10"), measured("99.99", "万元"))
                .score()).isEqualByComparingTo("10.00");
    }

    @Test
    void yiYuanConvertsToo() {
        assertThat(alone(quantity("带动投资", atLeast("1.5", "亿元"), POSITIVE, "10"), measured("7500", "万元")).score())
                .isEqualByComparingTo("5.00");
    }

    @Test
    void aFullWidthPercentSignIsAPercentSign() {
        assertThat(alone(quantity("覆盖率", atLeast("95", "%"), POSITIVE, "10"), measured("95", "％")).score())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void aBareNumberIsReadInTheTargetsUnit() {
        IndicatorScore line = alone(quantity("活动次数", atLeast("10", "次"), POSITIVE, "20"), measured("9", null));

        assertThat(line.score()).isEqualByComparingTo("18.00");
        assertThat(line.explanation())
                .isEqualTo("实际完成值 9（按年度指标值的单位读作 9次） < 年度指标值 ≥10次：得分 = 9 ÷ 10 × 20 = 18.00");
    }

    @Test
    void mismatchedUnitsAreABlockingItemNotAGuess() {
        assertThat(Fixtures.blocking(quantity("覆盖率", atLeast("95", "%"), POSITIVE, "10"), measured("95", "个")))
                .extracting(BlockingItem::kind, BlockingItem::message)
                .containsExactly(BlockingItem.Kind.UNITS_DIFFER, "指标「覆盖率」的实际完成值单位「个」与年度指标值单位「%」不一致，"
                        + "无法比较；请按「%」填报，或在模板中将二者设为同一计数单位");
        assertThat(Fixtures.blocking(quantity("成本", atMost("200", "万元"), NEGATIVE, "10"), measured("3", "次")).kind())
                .isEqualTo(BlockingItem.Kind.UNITS_DIFFER);
    }

    @Test
    void percentWrittenAsAWordIsAPercentSign() {
        assertThat(alone(quantity("覆盖率", atLeast("100", "百分比"), POSITIVE, "10"), measured("100", "%")).score())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void countUnitsTheTemplateNamesTheSameAreOneCount() {
        IndicatorScore line = alone(quantity("新增设施", atLeast("12", "个"), POSITIVE, "10"), measured("12", "项"));

        assertThat(line.score()).isEqualByComparingTo("10.00");
        assertThat(line.explanation()).isEqualTo("实际完成值 12项（项与个按模板同为计数单位） 达到年度指标值 ≥12个：得满分 10.00");
        assertThat(Fixtures.blocking(quantity("开展活动", atLeast("12", "个"), POSITIVE, "10"), measured("12", "次")).kind())
                .as("次 counts events, not things: not the same count by default").isEqualTo(BlockingItem.Kind.UNITS_DIFFER);
        assertThat(Fixtures.card(ShippedTemplates.national().nextVersion(draft -> draft.sameCountUnits(List.of())),
                quantity("新增设施", atLeast("12", "个"), POSITIVE, "10"), measured("12", "项")).blockingItems())
                .extracting(BlockingItem::kind).containsExactly(BlockingItem.Kind.UNITS_DIFFER);
    }

    @Test
    void anActualReadByProjectServiceIsShownAsWrittenAndAsRead() {
        ActualValue.Measured bare = ActualValue.Measured.reported(new ActualsReported.Actual("i", "100",
                new BigDecimal("100"), null, "%", ActualReadingKind.TARGET_UNIT));
        ActualValue.Measured converted = ActualValue.Measured.reported(new ActualsReported.Actual("i", "65000元",
                new BigDecimal("6.5"), null, "万元", ActualReadingKind.CONVERTED));

        assertThat(alone(quantity("覆盖率", atLeast("100", "%"), POSITIVE, "10"), bare).explanation())
                .isEqualTo("实际完成值 100（读作 100%） 达到年度指标值 ≥100%：得满分 10.00");
        assertThat(alone(quantity("成本", atMost("6", "万元"), NEGATIVE, "10"), converted).explanation())
                .startsWith("实际完成值 65000元（读作 6.5万元）");
    }

    @Test
    void aReportedActualTakesItsUnitFromTheTextAfterTheNumber() {
        assertThat(ActualValue.Measured.reported(new ActualsReported.Actual("i", "12个", new BigDecimal("12"), null)))
                .isEqualTo(new ActualValue.Measured(new BigDecimal("12"), "个"));
        assertThat(ActualValue.Measured.reported(new ActualsReported.Actual("i", "96.5%", new BigDecimal("96.5"), null)))
                .isEqualTo(new ActualValue.Measured(new BigDecimal("96.5"), "%"));
        assertThat(ActualValue.Measured.reported(
                new ActualsReported.Actual("i", "1,980,000.00 元", new BigDecimal("1980000.00"), null)).unit())
                .isEqualTo("元");
        assertThat(ActualValue.Measured.reported(new ActualsReported.Actual("i", "12", new BigDecimal("12"), null)).unit())
                .isNull();
        assertThat(ActualValue.Measured.reported(new ActualsReported.Actual("i", "约12个", new BigDecimal("12"), null)).unit())
                .as("no unit is guessed from text that does not start with the number").isNull();
        assertThatThrownBy(() -> ActualValue.Measured.reported(new ActualsReported.Actual("i", "按时完成", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
