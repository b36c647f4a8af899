package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;

import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.ActualValue.Judged.of;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.ACHIEVED;
import static cn.jixiao.evaluation.template.QualitativeGrade.NOT_ACHIEVED;
import static cn.jixiao.evaluation.template.QualitativeGrade.PARTLY_ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 定性: a grade and points inside its band (达成 80–100%, 部分达成 60% inclusive to 80%, 未达成 0–60%). */
class QualitativeScoringTest {

    private static final Indicator ON_TIME = Fixtures.indicator(IndicatorDimension.TIMELINESS, "t-1",
            "项目按时完成", described("按时完成"), QUALITATIVE, "10");

    @Test
    void theEvaluatorsPointsAreTheScoreAndTheExplanationNamesTheGradeAndItsBand() {
        IndicatorScore line = alone(ON_TIME, of(PARTLY_ACHIEVED, "7"));

        assertThat(line.score()).isEqualByComparingTo("7.00");
        assertThat(line.explanation()).isEqualTo(
                "定性评价「部分达成年度指标并具有一定效果」（分值的 60%（含）至 80%（不含））：评定得分 7.00，为分值 10 的 70.00%");
    }

    @Test
    void achievedRunsFromEightyPercentToFullMarksBothIncluded() {
        assertThat(alone(ON_TIME, of(ACHIEVED, "10")).score()).isEqualByComparingTo("10.00");
        assertThat(alone(ON_TIME, of(ACHIEVED, "8")).score()).isEqualByComparingTo("8.00");
        assertThatThrownBy(() -> alone(ON_TIME, of(ACHIEVED, "7.99")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「项目按时完成」评为「达成年度指标」，得分应为分值的 80%（含）至 100%（含），即 8.00 至 10.00 分，实为 7.99");
    }

    @Test
    void partlyAchievedIncludesSixtyPercentButNotEighty() {
        assertThat(alone(ON_TIME, of(PARTLY_ACHIEVED, "6")).score()).isEqualByComparingTo("6.00");
        assertThat(alone(ON_TIME, of(PARTLY_ACHIEVED, "7.99")).score()).isEqualByComparingTo("7.99");
        assertThatThrownBy(() -> alone(ON_TIME, of(PARTLY_ACHIEVED, "8")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「项目按时完成」评为「部分达成年度指标并具有一定效果」，得分应为分值的 60%（含）至 80%（不含），"
                        + "即 6.00 至 8.00 分（不含），实为 8");
        assertThatThrownBy(() -> alone(ON_TIME, of(PARTLY_ACHIEVED, "5.99"))).isInstanceOf(ScoringException.class);
    }

    @Test
    void notAchievedRunsFromZeroToBelowSixtyPercent() {
        assertThat(alone(ON_TIME, of(NOT_ACHIEVED, "0")).score()).isEqualByComparingTo("0.00");
        assertThat(alone(ON_TIME, of(NOT_ACHIEVED, "5.99")).score()).isEqualByComparingTo("5.99");
        assertThatThrownBy(() -> alone(ON_TIME, of(NOT_ACHIEVED, "6")))
                .isInstanceOf(ScoringException.class)
                .extracting(e -> ((ScoringException) e).reason())
                .isEqualTo(ScoringException.Reason.QUALITATIVE_SCORE_OUTSIDE_BAND);
    }

    @Test
    void pointsAboveTheWeightBelowZeroOrFinerThanACentAreRejected() {
        assertThatThrownBy(() -> alone(ON_TIME, of(ACHIEVED, "10.01"))).isInstanceOf(ScoringException.class);
        assertThatThrownBy(() -> alone(ON_TIME, of(NOT_ACHIEVED, "-1"))).isInstanceOf(ScoringException.class);
        assertThatThrownBy(() -> alone(ON_TIME, of(ACHIEVED, "8.505"))).isInstanceOf(ScoringException.class);
    }

    @Test
    void theBandIsAShareOfTheIndicatorsOwnWeight() {
        Indicator heavy = Fixtures.indicator(IndicatorDimension.TIMELINESS, "t-2", "工程按期验收", described("按期验收"),
                QUALITATIVE, "15");

        assertThat(alone(heavy, of(PARTLY_ACHIEVED, "9")).score()).isEqualByComparingTo("9.00");
        assertThatThrownBy(() -> alone(heavy, of(PARTLY_ACHIEVED, "12"))).isInstanceOf(ScoringException.class);
    }

    @Test
    void aQualitativeIndicatorNeedsAGradeNotANumber() {
        assertThatThrownBy(() -> alone(ON_TIME, measured("100", "%")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「项目按时完成」为定性指标，应选择评价等级并评定得分");
    }

    @Test
    void aQuantitativeIndicatorCannotBeGradedInstead() {
        Indicator count = Fixtures.quantity("活动次数", Fixtures.atLeast("10", "次"),
                cn.jixiao.contracts.project.IndicatorDirection.POSITIVE, "10");

        assertThatThrownBy(() -> alone(count, of(ACHIEVED, "10")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「活动次数」按正向计分，应填报数值型实际完成值");
    }

    @Test
    void aTextTargetCannotBeScoredAsANumber() {
        Indicator onTime = Fixtures.quantity("按时完成", described("按时完成"),
                cn.jixiao.contracts.project.IndicatorDirection.POSITIVE, "10");

        assertThatThrownBy(() -> alone(onTime, measured("1", null)))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标「按时完成」的年度指标值「按时完成」不是数值，不能按正向计分");
    }
}
