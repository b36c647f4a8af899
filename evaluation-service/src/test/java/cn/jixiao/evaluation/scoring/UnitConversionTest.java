package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ActualsReported;

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
        assertThat(line.explanation()).isEqualTo("实际完成值 9 < 年度指标值 ≥10次：得分 = 9 ÷ 10 × 20 = 18.00");
    }

    @Test
    void mismatchedUnitsAreAnErrorNotAGuess() {
        assertThatThrownBy(() -> alone(quantity("覆盖率", atLeast("95", "%"), POSITIVE, "10"), measured("95", "个")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「覆盖率」的实际完成值单位「个」与年度指标值单位「%」不一致，无法比较")
                .extracting(e -> ((ScoringException) e).reason())
                .isEqualTo(ScoringException.Reason.UNITS_DIFFER);
        assertThatThrownBy(() -> alone(quantity("成本", atMost("200", "万元"), NEGATIVE, "10"), measured("3", "次")))
                .isInstanceOf(ScoringException.class);
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
