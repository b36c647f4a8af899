package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.ReverseFormula;

import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.between;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A RANGE target: full marks inside (bounds included); below, 正向 against the lower bound; above, 反向 against the
 * upper bound with the template's reverse formula.
 */
class RangeScoringTest {

    private static Indicator occupancy(Target target) {
        return Fixtures.quantity("活动场地使用率", target, POSITIVE, "10");
    }

    @Test
    void anActualInsideTheRangeOrOnEitherBoundScoresFullMarks() {
        IndicatorScore inside = alone(occupancy(between("80", "100", "%")), measured("90", "%"));
        assertThat(inside.score()).isEqualByComparingTo("10.00");
        assertThat(inside.explanation()).isEqualTo("实际完成值 90% 在年度指标值 80%–100% 范围内：得满分 10.00");

        assertThat(alone(occupancy(between("80", "100", "%")), measured("80", "%")).score()).isEqualByComparingTo("10.00");
        assertThat(alone(occupancy(between("80", "100", "%")), measured("100", "%")).score()).isEqualByComparingTo("10.00");
    }

    @Test
    void anActualBelowTheRangeIsScoredAgainstTheLowerBoundLikeAPositiveIndicator() {
        IndicatorScore line = alone(occupancy(between("80", "100", "%")), measured("60", "%"));

        assertThat(line.score()).isEqualByComparingTo("7.50");
        assertThat(line.explanation())
                .isEqualTo("实际完成值 60% < 年度指标值 80%–100% 的下限 80：得分 = 60 ÷ 80 × 10 = 7.50");
    }

    @Test
    void anActualAboveTheRangeIsScoredAgainstTheUpperBoundLikeAReverseIndicator() {
        IndicatorScore line = alone(occupancy(between("80", "100", "%")), measured("120", "%"));

        assertThat(line.score()).isEqualByComparingTo("8.00");
        assertThat(line.explanation())
                .isEqualTo("实际完成值 120% > 年度指标值 80%–100% 的上限 100：得分 = (1 − (120 − 100) ÷ 100) × 10 = 8.00");
        assertThat(alone(occupancy(between("80", "100", "%")), measured("200", "%")).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void aboveTheRangeFollowsTheTemplatesReverseFormula() {
        assertThat(alone(ReverseFormula.RATIO, occupancy(between("80", "100", "%")), measured("125", "%")).score())
                .isEqualByComparingTo("8.00");
    }

    @Test
    void aRangeWithoutAnUpperBoundOrUpsideDownCannotBeScored() {
        Target open = new Target("80%以上", "RANGE", new java.math.BigDecimal("80"), null, "%");
        assertThat(Fixtures.blocking(occupancy(open), measured("90", "%")).message())
                .isEqualTo("指标「活动场地使用率」的年度指标值区间「80%以上」缺少上限或上限低于下限");

        assertThat(Fixtures.blocking(occupancy(between("100", "80", "%")), measured("90", "%")).kind())
                .isEqualTo(BlockingItem.Kind.INDICATOR_NOT_SCORABLE);
    }
}
