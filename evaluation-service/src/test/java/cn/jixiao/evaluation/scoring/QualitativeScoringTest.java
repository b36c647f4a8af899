package cn.jixiao.evaluation.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.QualitativeBand;
import cn.jixiao.evaluation.template.QualitativeBands;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.ActualValue.Judged.of;
import static cn.jixiao.evaluation.scoring.BlockingItem.Kind.INDICATOR_NOT_SCORABLE;
import static cn.jixiao.evaluation.scoring.BlockingItem.Kind.QUALITATIVE_SCORE_OUTSIDE_BAND;
import static cn.jixiao.evaluation.scoring.BlockingItem.Kind.TEXT_ACTUAL_NOT_JUDGED;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.blocking;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static cn.jixiao.evaluation.template.QualitativeGrade.ACHIEVED;
import static cn.jixiao.evaluation.template.QualitativeGrade.NOT_ACHIEVED;
import static cn.jixiao.evaluation.template.QualitativeGrade.PARTLY_ACHIEVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 定性: a grade and points inside its band (by default 达成 80–100%, 部分达成 60% inclusive to 80%, 未达成 0–60%; a
 * template may have its own scale). A grade or score that does not fit is a blocking item, the rest still scored.
 */
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
        assertThat(blocking(ON_TIME, of(ACHIEVED, "7.99")))
                .extracting(BlockingItem::kind, BlockingItem::message, BlockingItem::english)
                .containsExactly(QUALITATIVE_SCORE_OUTSIDE_BAND,
                        "指标「项目按时完成」评为「达成年度指标」，得分应为分值的 80%（含）至 100%（含），即 8.00 至 10.00 分，实为 7.99",
                        "indicator 「项目按时完成」 graded ACHIEVED must score from 8.00 to 10.00 inclusive with at most two "
                                + "decimals; got 7.99");
    }

    @Test
    void partlyAchievedIncludesSixtyPercentButNotEighty() {
        assertThat(alone(ON_TIME, of(PARTLY_ACHIEVED, "6")).score()).isEqualByComparingTo("6.00");
        assertThat(alone(ON_TIME, of(PARTLY_ACHIEVED, "7.99")).score()).isEqualByComparingTo("7.99");
        assertThat(blocking(ON_TIME, of(PARTLY_ACHIEVED, "8")).message())
                .isEqualTo("指标「项目按时完成」评为「部分达成年度指标并具有一定效果」，得分应为分值的 60%（含）至 80%（不含），"
                        + "即 6.00 至 8.00 分（不含），实为 8");
        assertThat(blocking(ON_TIME, of(PARTLY_ACHIEVED, "5.99")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
    }

    @Test
    void notAchievedRunsFromZeroToBelowSixtyPercent() {
        assertThat(alone(ON_TIME, of(NOT_ACHIEVED, "0")).score()).isEqualByComparingTo("0.00");
        assertThat(alone(ON_TIME, of(NOT_ACHIEVED, "5.99")).score()).isEqualByComparingTo("5.99");
        assertThat(blocking(ON_TIME, of(NOT_ACHIEVED, "6")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
    }

    @Test
    void pointsAboveTheWeightBelowZeroOrFinerThanACentBlockTheLine() {
        assertThat(blocking(ON_TIME, of(ACHIEVED, "10.01")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
        assertThat(blocking(ON_TIME, of(NOT_ACHIEVED, "-1")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
        assertThat(blocking(ON_TIME, of(ACHIEVED, "8.505")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
    }

    @Test
    void aScoreOutsideItsBandStillLetsTheRestBeScored() {
        ScoreCard card = Fixtures.card(ShippedTemplates.national(), ON_TIME, of(ACHIEVED, "7"));

        assertThat(card.execution().score()).isEqualByComparingTo("90.00");
        assertThat(card.total()).isEqualByComparingTo("90.00");
        assertThat(card.indicators().get(0).explanation())
                .startsWith("暂不能计分，得分 0.00：指标「项目按时完成」评为「达成年度指标」");
        assertThat(card.canBeSubmitted()).isFalse();
    }

    @Test
    void theBandIsAShareOfTheIndicatorsOwnWeight() {
        Indicator heavy = Fixtures.indicator(IndicatorDimension.TIMELINESS, "t-2", "工程按期验收", described("按期验收"),
                QUALITATIVE, "15");

        assertThat(alone(heavy, of(PARTLY_ACHIEVED, "9")).score()).isEqualByComparingTo("9.00");
        assertThat(blocking(heavy, of(PARTLY_ACHIEVED, "12")).kind()).isEqualTo(QUALITATIVE_SCORE_OUTSIDE_BAND);
    }

    @Test
    void aQualitativeIndicatorNeedsAGradeNotANumber() {
        assertThat(blocking(ON_TIME, measured("100", "%")))
                .extracting(BlockingItem::kind, BlockingItem::message)
                .containsExactly(INDICATOR_NOT_SCORABLE, "指标「项目按时完成」为定性指标，应选择评价等级并评定得分");
    }

    @Test
    void aTextActualOnANumericTargetAwaitsTheEvaluatorsJudgement() {
        Indicator count = Fixtures.quantity("开展培训", Fixtures.atLeast("1", "次"),
                cn.jixiao.contracts.project.IndicatorDirection.POSITIVE, "10");

        assertThat(blocking(count, new ActualValue.Described("已完成")))
                .extracting(BlockingItem::kind, BlockingItem::message)
                .containsExactly(TEXT_ACTUAL_NOT_JUDGED,
                        "指标「开展培训」的实际完成值「已完成」为文字，年度指标值为数值，需由评价人按定性等级评定得分");
    }

    @Test
    void aTextActualJudgedByTheEvaluatorIsScoredLikeAQualitativeLine() {
        Indicator count = Fixtures.quantity("开展培训", Fixtures.atLeast("1", "次"),
                cn.jixiao.contracts.project.IndicatorDirection.POSITIVE, "10");

        IndicatorScore line = alone(count, of(ACHIEVED, "9"));

        assertThat(line.score()).isEqualByComparingTo("9.00");
        assertThat(line.explanation()).isEqualTo("实际完成值为文字，由评价人判断：定性评价「达成年度指标」（分值的 80%（含）至 "
                + "100%（含））：评定得分 9.00，为分值 10 的 90.00%");
    }

    @Test
    void aTextTargetCannotBeScoredAsANumber() {
        Indicator onTime = Fixtures.quantity("按时完成", described("按时完成"),
                cn.jixiao.contracts.project.IndicatorDirection.POSITIVE, "10");

        assertThat(blocking(onTime, measured("1", null)))
                .extracting(BlockingItem::kind, BlockingItem::message)
                .containsExactly(INDICATOR_NOT_SCORABLE, "指标「按时完成」的年度指标值「按时完成」不是数值，不能按正向计分");
    }

    @Test
    void aTemplateGradesOnItsOwnFiveGradeScale() {
        EvaluationTemplate fiveGrades = ShippedTemplates.national().nextVersion(draft -> draft.qualitativeBands(
                new QualitativeBands(List.of(QualitativeBand.of("优", 90, 100), QualitativeBand.of("良", 80, 90),
                        QualitativeBand.of("中", 70, 80), QualitativeBand.of("低", 60, 70), QualitativeBand.of("差", 0, 60)))));

        ScoreCard card = Fixtures.card(fiveGrades, ON_TIME, ActualValue.Judged.of("良", "8.5"));

        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("8.50");
        assertThat(card.indicators().get(0).explanation())
                .isEqualTo("定性评价「良」（分值的 80%（含）至 90%（不含））：评定得分 8.50，为分值 10 的 85.00%");
        assertThat(Fixtures.card(fiveGrades, ON_TIME, ActualValue.Judged.of("良", "9")).blockingItems())
                .extracting(BlockingItem::kind).containsExactly(QUALITATIVE_SCORE_OUTSIDE_BAND);
        assertThat(Fixtures.card(fiveGrades, ON_TIME, of(ACHIEVED, "9")).blockingItems())
                .extracting(BlockingItem::message)
                .containsExactly("指标「项目按时完成」评为「ACHIEVED」，模板的定性等级中没有此等级，应为 优、良、中、低、差");
    }
}
