package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.TemplatePublished;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedTemplatesTest {

    @Test
    void theNationalTemplateWeighsExecutionTenOutputsFiftyEffectsThirtySatisfactionTen() {
        EvaluationTemplate national = ShippedTemplates.national();

        assertThat(national.ref()).isEqualTo(new TemplateRef("national-default", 1));
        assertThat(national.ownerDistrictId()).isNull();
        assertThat(national.parts()).containsExactly(
                PartWeight.of(Part.BUDGET_EXECUTION, 10), PartWeight.of(Part.OUTPUT, 50),
                PartWeight.of(Part.EFFECT, 30), PartWeight.of(Part.SATISFACTION, 10));
        assertThat(national.scores(Part.COST)).isFalse();
        assertThat(national.weightOf(Part.COST)).isZero();
    }

    @Test
    void theNationalTemplateGradesFromNinetyEightyAndSixtyWithTheReportsWording() {
        GradeBands bands = ShippedTemplates.national().gradeBands();

        assertThat(bands.bandFor(new BigDecimal("100.00")).grade()).isEqualTo(Grade.优);
        assertThat(bands.bandFor(new BigDecimal("98.00")).label()).isEqualTo("优秀");
        assertThat(bands.bandFor(new BigDecimal("90.00")).grade()).isEqualTo(Grade.优);
        assertThat(bands.bandFor(new BigDecimal("89.99")).grade()).isEqualTo(Grade.良);
        assertThat(bands.bandFor(new BigDecimal("80.00")).label()).isEqualTo("良好");
        assertThat(bands.bandFor(new BigDecimal("79.99")).grade()).isEqualTo(Grade.中);
        assertThat(bands.bandFor(new BigDecimal("60.00")).label()).isEqualTo("中等");
        assertThat(bands.bandFor(new BigDecimal("59.99")).grade()).isEqualTo(Grade.差);
        assertThat(bands.bandFor(BigDecimal.ZERO).label()).isEqualTo("差");
    }

    @Test
    void theNationalTemplateUsesTheBandRuleForReverseIndicatorsAndDoesNotRoundTheRateOrRescale() {
        EvaluationTemplate national = ShippedTemplates.national();

        assertThat(national.reverseFormula()).isEqualTo(ReverseFormula.BAND);
        assertThat(national.executionRate().roundRateToWholePercent()).isFalse();
        assertThat(national.executionRate().scorePrintedRate()).as("the exact rate is multiplied").isFalse();
        assertThat(national.rescaleNotApplicable()).isFalse();
        assertThat(national.deviationNotes().indicatorBelowPercentOfWeight()).isEqualByComparingTo("100");
        assertThat(national.deviationNotes().executionRateBelowPercent()).isEqualByComparingTo("90");
    }

    @Test
    void theNationalQualitativeBandsAreEightyToHundredSixtyToEightyAndBelowSixty() {
        QualitativeBands bands = ShippedTemplates.national().qualitativeBands();
        BigDecimal weight = BigDecimal.TEN;

        QualitativeBand achieved = bands.bandOf(QualitativeGrade.ACHIEVED);
        assertThat(achieved.admits(new BigDecimal("10.00"), weight)).isTrue();
        assertThat(achieved.admits(new BigDecimal("8.00"), weight)).isTrue();
        assertThat(achieved.admits(new BigDecimal("7.99"), weight)).isFalse();

        QualitativeBand partly = bands.bandOf(QualitativeGrade.PARTLY_ACHIEVED);
        assertThat(partly.admits(new BigDecimal("8.00"), weight)).as("80% belongs to 达成").isFalse();
        assertThat(partly.admits(new BigDecimal("7.99"), weight)).isTrue();
        assertThat(partly.admits(new BigDecimal("6.00"), weight)).as("60% is inclusive").isTrue();
        assertThat(partly.admits(new BigDecimal("5.99"), weight)).isFalse();

        QualitativeBand notAchieved = bands.bandOf(QualitativeGrade.NOT_ACHIEVED);
        assertThat(notAchieved.admits(new BigDecimal("6.00"), weight)).isFalse();
        assertThat(notAchieved.admits(new BigDecimal("5.99"), weight)).isTrue();
        assertThat(notAchieved.admits(BigDecimal.ZERO, weight)).isTrue();
    }

    @Test
    void theReportHasTheSeedsSixSections() {
        assertThat(ShippedTemplates.national().reportSections()).containsExactly(
                "项目基本情况", "绩效评价工作情况", "评价结论和绩效分析", "成本效益分析",
                "主要经验及做法、存在的问题和建议", "佐证材料");
    }

    @Test
    void theNinetyPointPerformanceVariantSplitsOutputsSixtyAndEffectsThirtyWithoutSatisfaction() {
        EvaluationTemplate variant = ShippedTemplates.performanceNinety();

        assertThat(variant.parts()).containsExactly(
                PartWeight.of(Part.BUDGET_EXECUTION, 10), PartWeight.of(Part.OUTPUT, 60), PartWeight.of(Part.EFFECT, 30));
        assertThat(variant.scores(Part.SATISFACTION)).isFalse();
        assertThat(variant.gradeBands()).isEqualTo(GradeBands.nationalDefault());
    }

    @Test
    void theExcellentFromEightyVariantGivesYouFromEightyPoints() {
        EvaluationTemplate variant = ShippedTemplates.excellentFromEighty();

        assertThat(variant.gradeBands().bandFor(new BigDecimal("80.00")).grade()).isEqualTo(Grade.优);
        assertThat(variant.gradeBands().bandFor(new BigDecimal("79.99")).grade()).isEqualTo(Grade.良);
        assertThat(variant.gradeBands().bandFor(new BigDecimal("59.99")).grade()).isEqualTo(Grade.差);
        assertThat(variant.parts()).isEqualTo(ShippedTemplates.national().parts());
    }

    @Test
    void allThreeShippedTemplatesAreValidPlatformTemplatesWithDistinctIds() {
        assertThat(ShippedTemplates.all())
                .extracting(EvaluationTemplate::id)
                .containsExactly("national-default", "budget10-performance90", "excellent-from-80");
        assertThat(ShippedTemplates.all()).allSatisfy(template -> {
            assertThat(template.version()).isEqualTo(1);
            assertThat(template.ownerDistrictId()).isNull();
            // Rebuilding from the same settings runs every validation rule again.
            assertThat(template.nextVersion(unchanged -> { }).version()).isEqualTo(2);
        });
    }

    @Test
    void publishingATemplateAnnouncesItsPartWeightsForProjectService() {
        TemplatePublished published = ShippedTemplates.performanceNinety().toPublishedEvent();

        assertThat(published.templateId()).isEqualTo("budget10-performance90");
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.ownerDistrictId()).isNull();
        assertThat(published.parts()).containsExactly(
                new TemplatePublished.Part("BUDGET_EXECUTION", BigDecimal.valueOf(10)),
                new TemplatePublished.Part("OUTPUT", BigDecimal.valueOf(60)),
                new TemplatePublished.Part("EFFECT", BigDecimal.valueOf(30)));
        assertThat(published.name()).isEqualTo(ShippedTemplates.performanceNinety().name());
    }
}
