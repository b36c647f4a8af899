package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;

import static cn.jixiao.contracts.project.IndicatorDirection.EQUAL;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.exactly;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.scoring.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

/** 正向 (≥): full at or above the target, else actual ÷ target × weight. 等于 (=): the same, except a target of 0. */
class PositiveAndEqualScoringTest {

    @Test
    void anActualShortOfItsTargetScoresItsShareOfTheWeight() {
        IndicatorScore line = alone(quantity("开展民族团结主题活动次数", atLeast("10", "次"), POSITIVE, "20"), measured("9", "次"));

        assertThat(line.score()).isEqualByComparingTo("18.00");
        assertThat(line.score().scale()).isEqualTo(2);
        assertThat(line.explanation()).isEqualTo("实际完成值 9次 < 年度指标值 ≥10次：得分 = 9 ÷ 10 × 20 = 18.00");
    }

    @Test
    void anActualExactlyOnTheTargetScoresFullMarks() {
        IndicatorScore line = alone(quantity("活动次数", atLeast("10", "次"), POSITIVE, "20"), measured("10", "次"));

        assertThat(line.score()).isEqualByComparingTo("20.00");
        assertThat(line.explanation()).isEqualTo("实际完成值 10次 达到年度指标值 ≥10次：得满分 20.00");
    }

    @Test
    void overAchievementScoresFullMarksAndNoMore() {
        assertThat(alone(quantity("活动次数", atLeast("10", "次"), POSITIVE, "20"), measured("35", "次")).score())
                .isEqualByComparingTo("20.00");
    }

    @Test
    void anActualOfZeroScoresZero() {
        IndicatorScore line = alone(quantity("活动次数", atLeast("10", "次"), POSITIVE, "20"), measured("0", "次"));

        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.explanation()).isEqualTo("实际完成值 0次 < 年度指标值 ≥10次：得分 = 0 ÷ 10 × 20 = 0.00");
    }

    @Test
    void aNegativeActualScoresZeroNotANegativeScore() {
        IndicatorScore line = alone(quantity("增长率", atLeast("5", "%"), POSITIVE, "10"), measured("-3", "%"));

        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.explanation()).isEqualTo("实际完成值 -3% < 年度指标值 ≥5%：得分 = -3 ÷ 5 × 10 < 0，按 0.00 计");
    }

    @Test
    void aZeroTargetIsMetByAnyActualOfZeroOrMore() {
        assertThat(alone(quantity("安全事故起数", atLeast("0", "起"), POSITIVE, "5"), measured("0", "起")).score())
                .isEqualByComparingTo("5.00");
        assertThat(alone(quantity("安全事故起数", atLeast("0", "起"), POSITIVE, "5"), measured("-1", "起")).score())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void twoThirdsOfTwentyRoundsHalfUpToThirteenPointThirtyThree() {
        assertThat(alone(quantity("户数", atLeast("3", "户"), POSITIVE, "20"), measured("2", "户")).score())
                .isEqualByComparingTo("13.33");
        assertThat(alone(quantity("户数", atLeast("3", "户"), POSITIVE, "20"), measured("1", "户")).score())
                .as("1/3 × 20 = 6.666… → 6.67").isEqualByComparingTo("6.67");
    }

    @Test
    void anExactHalfCentRoundsUp() {
        // 1 ÷ 2000 × 10 = 0.005 exactly; half-up gives 0.01 (half-even would give 0.00).
        assertThat(alone(quantity("培训人次", atLeast("2000", "人次"), POSITIVE, "10"), measured("1", "人次")).score())
                .isEqualByComparingTo("0.01");
        // 1 ÷ 80 × 10 = 0.125 exactly → 0.13.
        assertThat(alone(quantity("培训人次", atLeast("80", "人次"), POSITIVE, "10"), measured("1", "人次")).score())
                .isEqualByComparingTo("0.13");
    }

    @Test
    void percentagesAreComparedAsPercentages() {
        IndicatorScore line = alone(indicatorOfQuality("验收合格率", atLeast("95", "%")), measured("76", "%"));

        assertThat(line.score()).isEqualByComparingTo("8.00");
        assertThat(line.explanation()).isEqualTo("实际完成值 76% < 年度指标值 ≥95%：得分 = 76 ÷ 95 × 10 = 8.00");
    }

    @Test
    void anEqualTargetIsScoredLikeAPositiveOne() {
        assertThat(alone(quantity("覆盖率", exactly("100", "%"), EQUAL, "10"), measured("100", "%")).score())
                .isEqualByComparingTo("10.00");
        assertThat(alone(quantity("覆盖率", exactly("100", "%"), EQUAL, "10"), measured("98", "%")).score())
                .isEqualByComparingTo("9.80");
        assertThat(alone(quantity("覆盖率", exactly("100", "%"), EQUAL, "10"), measured("101", "%")).score())
                .as("the rules score = like ≥, so above the target is full marks").isEqualByComparingTo("10.00");
    }

    @Test
    void anEqualTargetOfZeroScoresFullMarksAtZeroOrLessAndNothingAbove() {
        IndicatorScore none = alone(quantity("违规使用资金笔数", exactly("0", "笔"), EQUAL, "5"), measured("0", "笔"));
        assertThat(none.score()).isEqualByComparingTo("5.00");
        assertThat(none.explanation()).isEqualTo("等于按正向计分：年度指标值 =0笔，实际完成值 0笔 ≤ 0：得满分 5.00");

        IndicatorScore one = alone(quantity("违规使用资金笔数", exactly("0", "笔"), EQUAL, "5"), measured("1", "笔"));
        assertThat(one.score()).isEqualByComparingTo("0.00");
        assertThat(one.explanation()).isEqualTo("等于按正向计分：年度指标值 =0笔，实际完成值 1笔 > 0：得分 0.00");
    }

    @Test
    void fractionalTargetsAndWeightsAreExact() {
        assertThat(alone(quantity("面积", atLeast("202.6", "平方米"), POSITIVE, "7.5"), measured("101.3", "平方米")).score())
                .isEqualByComparingTo("3.75");
    }

    private static Indicator indicatorOfQuality(String name, Target target) {
        return Fixtures.indicator(IndicatorDimension.QUALITY, "quality", name, target, POSITIVE, "10");
    }
}
