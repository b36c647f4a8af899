package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.scoring.BlockingItem;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static org.assertj.core.api.Assertions.assertThat;

class DraftScoringTest {

    private static final Instant DECEMBER = Instant.parse("2023-12-20T02:00:00Z");

    @Test
    void withoutIndicatorsThereIsNoScoreButTheReason() {
        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(),
                ScoringInputs.NONE.withBudget(Yuan.parse("2000000.00"), 1), SelfAssessment.NONE);
        assertThat(outcome.scoreCard()).isNull();
        assertThat(outcome.problem()).contains("尚未设定绩效指标");
    }

    @Test
    void indicatorsThatDoNotFitTheTemplateAreScoredWithTheMismatchBlockingSubmission() {
        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(), ScoringInputs.NONE
                .withIndicators(List.of(indicator("o-1", IndicatorDimension.QUANTITY, IndicatorDirection.POSITIVE, "40")), 1),
                SelfAssessment.NONE);
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.scoreCard().blockingItems())
                .filteredOn(item -> item.kind() == BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE)
                .extracting(BlockingItem::message)
                .anySatisfy(message -> assertThat(message).contains("应为模板规定的 50"));
    }

    @Test
    void withoutABudgetTheScoreSaysTheBudgetIsMissing() {
        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(),
                ScoringInputs.NONE.withIndicators(nationalAllPositive(), 1), SelfAssessment.NONE);
        assertThat(outcome.scoreCard().blockingItems()).extracting(BlockingItem::kind)
                .contains(BlockingItem.Kind.BUDGET_NOT_SET, BlockingItem.Kind.ACTUAL_NOT_REPORTED);
    }

    @Test
    void anUngradedQualitativeIndicatorScoresNothingAndBlocksSubmissionEvenWithAReportedText() {
        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(), withQualitative(), SelfAssessment.NONE);

        assertThat(outcome.scoreCard().indicators().get(0).score()).isEqualByComparingTo("0.00");
        assertThat(outcome.scoreCard().indicators().get(0).explanation()).startsWith("尚未评定定性等级");
        assertThat(outcome.scoreCard().total()).isEqualByComparingTo("50.00");
        assertThat(outcome.scoreCard().blockingItems()).contains(new BlockingItem(
                BlockingItem.Kind.QUALITATIVE_NOT_GRADED, "o-1", "定性指标「指标o-1」尚未评定等级和得分"));
        assertThat(outcome.scoreCard().blockingItems()).extracting(BlockingItem::kind)
                .doesNotContain(BlockingItem.Kind.ACTUAL_NOT_REPORTED);
    }

    @Test
    void theStreetsGradeScoresTheQualitativeIndicatorAndItsExplanationExcusesALowExecutionRate() {
        SelfAssessment assessment = new SelfAssessment(List.of(new IndicatorAssessment("o-1",
                QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("35"), false, null)), "雨季顺延");
        ScoringInputs inputs = withQualitative()
                .withLedger(Yuan.parse("1700000.00"), List.of(), 2L, DECEMBER.plusSeconds(1));

        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(), inputs, assessment);

        assertThat(outcome.scoreCard().indicators().get(0).score()).isEqualByComparingTo("35.00");
        assertThat(outcome.scoreCard().execution().ratePercent()).isEqualByComparingTo("85.00");
        assertThat(outcome.scoreCard().blockingItems()).extracting(BlockingItem::kind)
                .containsExactly(BlockingItem.Kind.DEVIATION_NOTE_MISSING);
    }

    @Test
    void aTextActualOnANumericTargetBlocksUntilTheStreetGradesItLikeAQualitativeLine() {
        ScoringInputs inputs = ScoringInputs.NONE.withBudget(Yuan.parse("2000000.00"), 1)
                .withLedger(Yuan.parse("2000000.00"), List.of(), 1L, DECEMBER)
                .withIndicators(nationalAllPositive(), 1)
                .withActuals(List.of(
                        new ReportedActual("o-1", "已完成", null, null, null, ActualReadingKind.TEXT_ON_NUMERIC_TARGET),
                        new ReportedActual("e-1", "12", new BigDecimal("12"), null, "次", ActualReadingKind.TARGET_UNIT),
                        new ReportedActual("s-1", "10次", new BigDecimal("10"), null, "次", ActualReadingKind.AS_WRITTEN)), 1);

        DraftScoring.Outcome waiting = DraftScoring.score(ShippedTemplates.national(), inputs, SelfAssessment.NONE);
        assertThat(waiting.scoreCard().blockingItems()).extracting(BlockingItem::kind)
                .containsExactly(BlockingItem.Kind.TEXT_ACTUAL_NOT_JUDGED);
        assertThat(waiting.scoreCard().indicators().get(1).explanation())
                .isEqualTo("实际完成值 12（读作 12次） 达到年度指标值 ≥10次：得满分 30.00");

        SelfAssessment graded = new SelfAssessment(List.of(new IndicatorAssessment("o-1",
                QualitativeGrade.ACHIEVED.name(), new BigDecimal("50"), false, null)), null);
        assertThat(SelfAssessmentCheck.problems(graded, nationalAllPositive(), inputs.actuals(),
                ShippedTemplates.national().qualitativeBands())).isEmpty();
        DraftScoring.Outcome judged = DraftScoring.score(ShippedTemplates.national(), inputs, graded);
        assertThat(judged.scoreCard().indicators().get(0).score()).isEqualByComparingTo("50.00");
        assertThat(judged.scoreCard().total()).isEqualByComparingTo("100.00");
        assertThat(judged.scoreCard().blockingItems()).isEmpty();
    }

    @Test
    void aSlashRowDefinedNotApplicableNeedsNoWeightNoActualAndNoGrade() {
        List<ProjectIndicator> indicators = new java.util.ArrayList<>(nationalAllPositive());
        indicators.add(new ProjectIndicator("o-2", IndicatorDimension.QUANTITY, "改造老旧管网", new Target("/", null, null, null, null),
                null, null, "/", true, null));
        ScoringInputs inputs = ScoringInputs.NONE.withBudget(Yuan.parse("2000000.00"), 1)
                .withLedger(Yuan.parse("2000000.00"), List.of(), 1L, DECEMBER)
                .withIndicators(indicators, 1)
                .withActuals(List.of(
                        new ReportedActual("o-1", "10次", BigDecimal.TEN, null),
                        new ReportedActual("e-1", "10次", BigDecimal.TEN, null),
                        new ReportedActual("s-1", "10次", BigDecimal.TEN, null)), 1);

        DraftScoring.Outcome outcome = DraftScoring.score(ShippedTemplates.national(), inputs, SelfAssessment.NONE);

        assertThat(outcome.scoreCard().total()).isEqualByComparingTo("100.00");
        assertThat(outcome.scoreCard().indicators().get(3).notApplicable()).isTrue();
        assertThat(outcome.scoreCard().blockingItems()).isEmpty();
    }

    private static ScoringInputs withQualitative() {
        List<ProjectIndicator> indicators = List.of(
                indicator("o-1", IndicatorDimension.TIMELINESS, IndicatorDirection.QUALITATIVE, "50"),
                indicator("e-1", IndicatorDimension.SOCIAL_BENEFIT, IndicatorDirection.POSITIVE, "30"),
                indicator("s-1", IndicatorDimension.BENEFICIARY_SATISFACTION, IndicatorDirection.POSITIVE, "10"));
        return ScoringInputs.NONE.withBudget(Yuan.parse("2000000.00"), 1)
                .withLedger(Yuan.parse("2000000.00"), List.of(), 1L, DECEMBER)
                .withIndicators(indicators, 1)
                .withActuals(List.of(
                        new ReportedActual("o-1", "按时完成", null, null),
                        new ReportedActual("e-1", "12次", new BigDecimal("12"), null),
                        new ReportedActual("s-1", "10次", new BigDecimal("10"), null)), 1);
    }

    private static List<ProjectIndicator> nationalAllPositive() {
        return List.of(indicator("o-1", IndicatorDimension.QUANTITY, IndicatorDirection.POSITIVE, "50"),
                indicator("e-1", IndicatorDimension.SOCIAL_BENEFIT, IndicatorDirection.POSITIVE, "30"),
                indicator("s-1", IndicatorDimension.BENEFICIARY_SATISFACTION, IndicatorDirection.POSITIVE, "10"));
    }

    private static ProjectIndicator indicator(String id, IndicatorDimension dimension, IndicatorDirection direction,
                                              String weight) {
        Target target = direction == IndicatorDirection.QUALITATIVE
                ? new Target("按时完成", null, null, null, null)
                : new Target("≥10次", "GE", BigDecimal.TEN, null, "次");
        return new ProjectIndicator(id, dimension, "指标" + id, target, direction, new BigDecimal(weight), "街道台账");
    }
}
