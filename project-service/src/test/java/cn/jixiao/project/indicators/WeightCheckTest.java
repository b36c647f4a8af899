package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.project.templates.EvaluationTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class WeightCheckTest {

    static final EvaluationTemplate OUTPUT_60_EFFECT_30 = template("yn-90", null,
            part("BUDGET_EXECUTION", "10"), part("OUTPUT", "60"), part("EFFECT", "30"));
    static final EvaluationTemplate WITH_COST = template("central-cost", null, part("BUDGET_EXECUTION", "10"),
            part("OUTPUT", "40"), part("EFFECT", "30"), part("SATISFACTION", "10"), part("COST", "10"));

    @Test
    void theNationalDefaultWantsOutput50Effect30Satisfaction10() {
        List<CategorySum> sums = WeightCheck.sums(EvaluationTemplate.NATIONAL_DEFAULT, List.of(
                weighted(IndicatorDimension.QUANTITY, "20"), weighted(IndicatorDimension.QUALITY, "15"),
                weighted(IndicatorDimension.TIMELINESS, "10"), weighted(IndicatorDimension.OUTPUT_COST, "5"),
                weighted(IndicatorDimension.SOCIAL_BENEFIT, "30"), weighted(IndicatorDimension.BENEFICIARY_SATISFACTION, "10")));

        assertThat(WeightCheck.allMatch(sums)).isTrue();
        assertThat(sums).extracting(CategorySum::label, CategorySum::expected, CategorySum::actual).containsExactly(
                tuple("产出指标", new BigDecimal("50.00"), new BigDecimal("50.00")),
                tuple("效益指标", new BigDecimal("30.00"), new BigDecimal("30.00")),
                tuple("满意度指标", new BigDecimal("10.00"), new BigDecimal("10.00")));
        assertThat(EvaluationTemplate.NATIONAL_DEFAULT.budgetExecutionWeight()).isEqualByComparingTo("10");
    }

    @Test
    void eachCategoryShowsWhatItShouldAndWhatItHasIncludingAnEmptyOne() {
        List<CategorySum> sums = WeightCheck.sums(EvaluationTemplate.NATIONAL_DEFAULT, List.of(
                weighted(IndicatorDimension.QUANTITY, "45.5"), weighted(IndicatorDimension.SOCIAL_BENEFIT, "30")));

        assertThat(WeightCheck.allMatch(sums)).isFalse();
        assertThat(sums).extracting(CategorySum::category, CategorySum::expected, CategorySum::actual, CategorySum::matches)
                .containsExactly(
                        tuple(IndicatorCategory.OUTPUT, new BigDecimal("50.00"), new BigDecimal("45.50"), false),
                        tuple(IndicatorCategory.EFFECT, new BigDecimal("30.00"), new BigDecimal("30.00"), true),
                        tuple(IndicatorCategory.SATISFACTION, new BigDecimal("10.00"), new BigDecimal("0.00"), false));
    }

    @Test
    void aTemplateWithOutput60AndEffect30HasNoRoomForSatisfaction() {
        List<CategorySum> fits = WeightCheck.sums(OUTPUT_60_EFFECT_30, List.of(
                weighted(IndicatorDimension.QUANTITY, "60"), weighted(IndicatorDimension.ECONOMIC_BENEFIT, "30")));
        List<CategorySum> withSatisfaction = WeightCheck.sums(OUTPUT_60_EFFECT_30, List.of(
                weighted(IndicatorDimension.QUANTITY, "50"), weighted(IndicatorDimension.ECONOMIC_BENEFIT, "30"),
                weighted(IndicatorDimension.BENEFICIARY_SATISFACTION, "10")));

        assertThat(WeightCheck.allMatch(fits)).isTrue();
        assertThat(fits).extracting(CategorySum::category).containsExactly(IndicatorCategory.OUTPUT, IndicatorCategory.EFFECT);
        assertThat(withSatisfaction).extracting(CategorySum::category, CategorySum::expected, CategorySum::actual).containsExactly(
                tuple(IndicatorCategory.OUTPUT, new BigDecimal("60.00"), new BigDecimal("50.00")),
                tuple(IndicatorCategory.EFFECT, new BigDecimal("30.00"), new BigDecimal("30.00")),
                tuple(IndicatorCategory.SATISFACTION, new BigDecimal("0.00"), new BigDecimal("10.00")));
    }

    @Test
    void aTemplateWithACostPartRequiresCostIndicatorsCarryingIt() {
        List<Indicator> withoutCost = List.of(weighted(IndicatorDimension.QUANTITY, "40"),
                weighted(IndicatorDimension.SOCIAL_BENEFIT, "30"), weighted(IndicatorDimension.BENEFICIARY_SATISFACTION, "10"));
        List<Indicator> withCost = List.of(weighted(IndicatorDimension.QUANTITY, "40"),
                weighted(IndicatorDimension.SOCIAL_BENEFIT, "30"), weighted(IndicatorDimension.BENEFICIARY_SATISFACTION, "10"),
                weighted(IndicatorDimension.ECONOMIC_COST, "6"), weighted(IndicatorDimension.SOCIAL_COST, "4"));

        assertThat(WeightCheck.sums(WITH_COST, withoutCost)).filteredOn(sum -> sum.category() == IndicatorCategory.COST)
                .singleElement().extracting(CategorySum::expected, CategorySum::actual, CategorySum::matches)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("0.00"), false);
        assertThat(WeightCheck.allMatch(WeightCheck.sums(WITH_COST, withCost))).isTrue();
        assertThat(WeightCheck.allMatch(WeightCheck.sums(EvaluationTemplate.NATIONAL_DEFAULT, List.of(
                weighted(IndicatorDimension.QUANTITY, "50"), weighted(IndicatorDimension.SOCIAL_BENEFIT, "30"),
                weighted(IndicatorDimension.BENEFICIARY_SATISFACTION, "10"), weighted(IndicatorDimension.ECONOMIC_COST, "5")))))
                .as("cost indicators under a template without a cost part").isFalse();
    }

    @Test
    void aPartOfZeroPointsAndAPartUnknownHereAreNotScored() {
        EvaluationTemplate odd = template("odd", null, part("OUTPUT", "90"), part("SATISFACTION", "0"),
                part("INNOVATION", "10"));

        assertThat(odd.indicatorCategories()).containsExactly(IndicatorCategory.OUTPUT);
    }

    static Indicator weighted(IndicatorDimension dimension, String weight) {
        return new Indicator(dimension.name(), dimension, dimension.label(), new Target("≥1个", "GE", BigDecimal.ONE, null, "个"),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), null, null);
    }

    static EvaluationTemplate template(String id, String district, TemplatePublished.Part... parts) {
        return new EvaluationTemplate(id, 1, id, district, Instant.parse("2024-01-01T00:00:00Z"), List.of(parts));
    }

    static TemplatePublished.Part part(String part, String weight) {
        return new TemplatePublished.Part(part, new BigDecimal(weight));
    }
}
