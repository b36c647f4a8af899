package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.GradeBands;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/** A card scoring 10 (execution) + 45 (outputs: 35 + 10) + 30 (effects) + 10 (satisfaction) = 95.00, 优. */
class ReviewTotalTest {

    private static final Instant AT = Instant.parse("2024-01-10T02:00:00Z");
    private final ScoreCard card = card();

    @Test
    void withoutAReviewScoreThereIsNoReviewTotal() {
        assertThat(card.total()).isEqualByComparingTo("95.00");
        assertThat(ReviewTotal.of(GradeBands.nationalDefault(), card, List.of())).isEmpty();
    }

    @Test
    void aReviewScoreReplacesTheSelfScoreOnItsLineAndTheOtherLinesKeepTheirs() {
        ReviewTotal review = ReviewTotal.of(GradeBands.nationalDefault(), card,
                List.of(review("e-1", "22.50"))).orElseThrow();

        assertThat(review.total()).isEqualByComparingTo("87.50");
        assertThat(review.grade()).isEqualTo(Grade.良);
        assertThat(card.total()).as("the self-score stays").isEqualByComparingTo("95.00");
    }

    @Test
    void theExecutionLineCanBeReviewedToo() {
        ReviewTotal review = ReviewTotal.of(GradeBands.nationalDefault(), card,
                List.of(review(null, "6.00"), review("q-1", "40.00"))).orElseThrow();

        assertThat(review.total()).isEqualByComparingTo("96.00");
        assertThat(ReviewTotal.executionScore(card, List.of(review(null, "6.00")))).isEqualByComparingTo("6.00");
    }

    @Test
    void aPartsReviewSubtotalExistsOnlyWhenOneOfItsLinesWasReviewed() {
        List<ReviewScore> reviews = List.of(review("q-1", "32.00"));
        assertThat(ReviewTotal.partScore(card, reviews, IndicatorCategory.OUTPUT)).isEqualByComparingTo("42.00");
        assertThat(ReviewTotal.partScore(card, reviews, IndicatorCategory.EFFECT)).isNull();
    }

    @Test
    void aReviewScoreOfAnIndicatorTheProjectNoLongerHasCountsForNothing() {
        assertThat(ReviewTotal.of(GradeBands.nationalDefault(), card, List.of(review("gone", "1.00")))).isEmpty();
    }

    @Test
    void theGradeFollowsTheBandsGiven() {
        GradeBands generous = new GradeBands(List.of(
                cn.jixiao.evaluation.template.GradeBand.of(Grade.优, 80, "优秀"),
                cn.jixiao.evaluation.template.GradeBand.of(Grade.良, 70, "良好"),
                cn.jixiao.evaluation.template.GradeBand.of(Grade.中, 60, "中等"),
                cn.jixiao.evaluation.template.GradeBand.of(Grade.差, 0, "差")));
        assertThat(ReviewTotal.of(generous, card, List.of(review("e-1", "22.50"))).orElseThrow().grade())
                .isEqualTo(Grade.优);
    }

    private static ReviewScore review(String indicatorId, String score) {
        return new ReviewScore(indicatorId, new BigDecimal(score), "复核调整", "panlong-overseer", AT);
    }

    private static ScoreCard card() {
        List<ProjectIndicator> indicators = List.of(
                new ProjectIndicator("q-1", IndicatorDimension.TIMELINESS, "按时完成",
                        new Target("按时完成", null, null, null, null), IndicatorDirection.QUALITATIVE, new BigDecimal("40"), "台账"),
                measured("o-1", IndicatorDimension.QUANTITY, "10"),
                measured("e-1", IndicatorDimension.SOCIAL_BENEFIT, "30"),
                measured("s-1", IndicatorDimension.BENEFICIARY_SATISFACTION, "10"));
        ScoringInputs inputs = ScoringInputs.NONE
                .withBudget(Yuan.parse("100.00"), 1)
                .withLedger(Yuan.parse("100.00"), List.of(), 1L, AT)
                .withIndicators(indicators, 1)
                .withActuals(List.of(
                        new ReportedActual("q-1", "基本按时", null, "部分节点延后"),
                        new ReportedActual("o-1", "10次", BigDecimal.TEN, null),
                        new ReportedActual("e-1", "10次", BigDecimal.TEN, null),
                        new ReportedActual("s-1", "10次", BigDecimal.TEN, null)), 1);
        SelfAssessment graded = new SelfAssessment(List.of(
                new IndicatorAssessment("q-1", QualitativeGrade.ACHIEVED.name(), new BigDecimal("35"), false, null)), null);
        return DraftScoring.score(ShippedTemplates.national(), inputs, graded).scoreCard();
    }

    private static ProjectIndicator measured(String id, IndicatorDimension dimension, String weight) {
        return new ProjectIndicator(id, dimension, "指标" + id, new Target("≥10次", "GE", BigDecimal.TEN, null, "次"),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), "台账");
    }
}
