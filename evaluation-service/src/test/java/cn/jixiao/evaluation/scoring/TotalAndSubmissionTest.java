package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.evaluation.template.DeviationNoteRule;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.evaluation.template.ShippedTemplates;
import cn.jixiao.evaluation.template.TemplateRef;

import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.atLeast;
import static cn.jixiao.evaluation.scoring.Fixtures.described;
import static cn.jixiao.evaluation.scoring.Fixtures.indicator;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** How lines add up to the total and grade, and what blocks submission. */
class TotalAndSubmissionTest {

    private static final BudgetExecution FULLY_SPENT = BudgetExecution.of(Yuan.parse("1000000"), Yuan.parse("1000000"));

    private static IndicatorEntry households(String id, String weight, String actual) {
        return IndicatorEntry.of(indicator(IndicatorDimension.QUANTITY, id, "帮扶户数" + id, atLeast("3", "户"), POSITIVE,
                weight), measured(actual, "户"));
    }

    private static IndicatorEntry effect(String weight) {
        return IndicatorEntry.of(indicator(IndicatorDimension.SOCIAL_BENEFIT, "e-1", "居民参与率", atLeast("60", "%"),
                POSITIVE, weight), measured("60", "%"));
    }

    @Test
    void theTotalIsTheSumOfTheRoundedLinesAsThePaperFormAddsUp() {
        // Three outputs of 20 each at 2 of 3 households: 13.33 each, so outputs add up to 39.99, not 40.00.
        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT, List.of(
                households("o-1", "20", "2"), households("o-2", "20", "2"), households("o-3", "20", "2"), effect("30"))));

        assertThat(card.indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("13.33", "13.33", "13.33", "30.00");
        assertThat(card.parts()).containsExactly(
                new PartSubtotal(IndicatorCategory.OUTPUT, BigDecimal.valueOf(60), new BigDecimal("60"), new BigDecimal("39.99")),
                new PartSubtotal(IndicatorCategory.EFFECT, BigDecimal.valueOf(30), new BigDecimal("30"), new BigDecimal("30.00")));
        assertThat(card.total().toPlainString()).isEqualTo("79.99");
        assertThat(card.grade()).as("79.99 is below the 80 of 良").isEqualTo(Grade.中);
        assertThat(card.gradeLabel()).isEqualTo("中等");
        assertThat(card.explanationLines()).last()
                .isEqualTo("总分 = 预算执行率 10.00 + 产出指标 39.99 + 效益指标 30.00 = 79.99；自评等级：中（中等）");
    }

    @Test
    void theGradeBandsAreTheTemplates() {
        ScoringInput input = new ScoringInput(BudgetExecution.of(Yuan.parse("1000000"), Yuan.parse("500000")), List.of(
                IndicatorEntry.of(indicator(IndicatorDimension.QUANTITY, "o-1", "服务居民人次", atLeast("1000", "人次"),
                        POSITIVE, "50"), measured("800", "人次")),
                Fixtures.nationalIndicatorsAllMet().get(1), Fixtures.nationalIndicatorsAllMet().get(2)));

        ScoreCard national = ScoringEngine.score(ShippedTemplates.national(), input);
        ScoreCard fromEighty = ScoringEngine.score(ShippedTemplates.excellentFromEighty(), input);

        assertThat(national.total()).isEqualByComparingTo("85.00");
        assertThat(national.grade()).isEqualTo(Grade.良);
        assertThat(fromEighty.total()).isEqualByComparingTo("85.00");
        assertThat(fromEighty.grade()).isEqualTo(Grade.优);
        assertThat(fromEighty.gradeLabel()).isEqualTo("优秀");
        assertThat(fromEighty.template()).isEqualTo(new TemplateRef("excellent-from-80", 1));
    }

    @Test
    void weightsThatDoNotAddUpToTheTemplatesPartsAreScoredAndBlockSubmission() {
        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT,
                List.of(households("o-1", "20", "3"), households("o-2", "30", "3"), effect("30"))));

        assertThat(card.indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .as("what can be scored is scored").containsExactly("20.00", "30.00", "30.00");
        assertThat(card.parts()).extracting(PartSubtotal::score).map(BigDecimal::toPlainString).containsExactly("50.00", "30.00");
        assertThat(card.total()).as("not out of 100 until the weights are fixed").isEqualByComparingTo("90.00");
        assertThat(card.canBeSubmitted()).isFalse();
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE,
                null, "产出指标各三级指标分值合计 50，应为模板规定的 60"));
    }

    @Test
    void aHalfEnteredFormIsScoredAsFarAsItGoesWithAPartStillEmpty() {
        // 满意度 not yet entered: its part sums to 0 of 10
        ScoreCard card = ScoringEngine.score(ShippedTemplates.national(), new ScoringInput(FULLY_SPENT,
                List.of(households("o-1", "50", "3"), effect("30"))));

        assertThat(card.total()).isEqualByComparingTo("90.00");
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE,
                null, "满意度指标各三级指标分值合计 0，应为模板规定的 10"));
    }

    @Test
    void anIndicatorOfAPartTheTemplateDoesNotScoreIsShownButNotCountedAndBlocksSubmission() {
        List<IndicatorEntry> withSatisfaction = List.of(households("o-1", "50", "3"), effect("30"),
                Fixtures.nationalIndicatorsAllMet().get(2));

        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT,
                withSatisfaction));

        assertThat(card.indicators()).hasSize(3);
        assertThat(card.parts()).extracting(PartSubtotal::category)
                .containsExactly(IndicatorCategory.OUTPUT, IndicatorCategory.EFFECT);
        assertThat(card.total()).isEqualByComparingTo("90.00");
        assertThat(card.blockingItems()).extracting(BlockingItem::message).containsExactly(
                "指标「服务对象满意度」属于满意度指标，模板「预算执行10分、绩效指标90分（产出60分、效益30分）」不设此部分，不计入总分",
                "产出指标各三级指标分值合计 50，应为模板规定的 60");
    }

    @Test
    void anIndicatorWithoutAUsableWeightScoresAgainstZeroAndBlocksSubmission() {
        IndicatorEntry noWeight = IndicatorEntry.of(new Indicator("o-2",
                IndicatorDimension.QUANTITY, "培训场次", atLeast("6", "场"), POSITIVE, null, "街道台账"), measured("6", "场"));

        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT, List.of(
                households("o-1", "30", "3"), households("o-3", "29.995", "3"), noWeight, effect("30"))));

        assertThat(card.indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("30.00", "0.00", "0.00", "30.00");
        assertThat(card.blockingItems()).extracting(BlockingItem::kind, BlockingItem::indicatorId).containsExactly(
                tuple(BlockingItem.Kind.WEIGHT_MISSING, "o-3"),
                tuple(BlockingItem.Kind.WEIGHT_MISSING, "o-2"),
                tuple(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE, null));
        assertThat(card.blockingItems().get(1).message()).isEqualTo("指标「培训场次」未设分值（应为正数且至多两位小数），暂按 0 分计");
    }

    @Test
    void twoIndicatorsWithOneIdCannotBeScored() {
        assertThatThrownBy(() -> ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT,
                List.of(households("o-1", "30", "3"), households("o-1", "30", "3"), effect("30")))))
                .isInstanceOf(ScoringException.class)
                .hasMessage("指标编号 o-1 重复")
                .extracting(e -> ((ScoringException) e).reason())
                .isEqualTo(ScoringException.Reason.DUPLICATE_INDICATOR_ID);
    }

    @Test
    void everyIndicatorBelowFullMarksNeedsADeviationNoteBeforeSubmission() {
        IndicatorEntry short1 = households("o-1", "20", "2");
        IndicatorEntry short2 = households("o-2", "20", "2").withDeviationNote("受疫情影响，部分帮扶对象外出务工，未能入户");
        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT, List.of(
                short1, short2, households("o-3", "20", "3"), effect("30"))));

        assertThat(card.canBeSubmitted()).isFalse();
        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.DEVIATION_NOTE_MISSING,
                "o-1", "指标「帮扶户数o-1」得分 13.33 低于分值 20，需填写偏差原因分析及改进措施"));
    }

    @Test
    void aQualitativeAchievedBelowFullMarksAlsoNeedsANote() {
        IndicatorEntry onTime = IndicatorEntry.of(indicator(IndicatorDimension.TIMELINESS, "t-1", "项目按时完成",
                described("按时完成"), QUALITATIVE, "50"), ActualValue.Judged.of(QualitativeGrade.ACHIEVED, "45"));

        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(), new ScoringInput(FULLY_SPENT, List.of(
                onTime, households("o-2", "10", "3"), effect("30"))));

        assertThat(card.blockingItems()).extracting(BlockingItem::indicatorId).containsExactly("t-1");
    }

    @Test
    void anUnreportedActualScoresZeroAndBlocksSubmission() {
        IndicatorEntry unreported = IndicatorEntry.of(indicator(IndicatorDimension.QUANTITY, "o-1", "帮扶户数",
                atLeast("3", "户"), POSITIVE, "60"), null);

        ScoreCard card = ScoringEngine.score(ShippedTemplates.performanceNinety(),
                new ScoringInput(FULLY_SPENT, List.of(unreported, effect("30"))));

        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("0.00");
        assertThat(card.indicators().get(0).explanation()).isEqualTo("未填报实际完成值：得分 0.00");
        assertThat(card.blockingItems()).containsExactly(
                new BlockingItem(BlockingItem.Kind.ACTUAL_NOT_REPORTED, "o-1", "指标「帮扶户数」未填报实际完成值"),
                new BlockingItem(BlockingItem.Kind.DEVIATION_NOTE_MISSING, "o-1",
                        "指标「帮扶户数」得分 0.00 低于分值 60，需填写偏差原因分析及改进措施"));
    }

    @Test
    void aTemplateMayAskForNotesOnlyBelowAShareOfTheWeight() {
        EvaluationTemplate lenient = ShippedTemplates.performanceNinety().nextVersion(draft -> draft.deviationNotes(
                new DeviationNoteRule(BigDecimal.valueOf(80), BigDecimal.valueOf(90))));

        ScoreCard card = ScoringEngine.score(lenient, new ScoringInput(FULLY_SPENT, List.of(
                // 2 of 3 → 66.7% of the weight: below 80%, a note is needed; 5 of 6 → 83.3%: none.
                households("o-1", "30", "2"),
                IndicatorEntry.of(indicator(IndicatorDimension.QUANTITY, "o-2", "培训场次", atLeast("6", "场"), POSITIVE,
                        "30"), measured("5", "场")),
                effect("30"))));

        assertThat(card.blockingItems()).containsExactly(new BlockingItem(BlockingItem.Kind.DEVIATION_NOTE_MISSING,
                "o-1", "指标「帮扶户数o-1」得分 20.00 低于分值 30 的 80%，需填写偏差原因分析及改进措施"));
    }
}
