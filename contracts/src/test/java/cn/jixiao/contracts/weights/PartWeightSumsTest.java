package cn.jixiao.contracts.weights;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The one rule of whether a tree's 分值 add up to its template's parts, as both services apply it. */
class PartWeightSumsTest {

    /** The national template's indicator parts: 产出 50, 效益 30, 满意度 10 (预算执行率 10 scores no indicators). */
    private static final Map<IndicatorCategory, BigDecimal> NATIONAL = parts(
            IndicatorCategory.OUTPUT, "50", IndicatorCategory.EFFECT, "30", IndicatorCategory.SATISFACTION, "10");

    @Test
    void weightsThatAddUpToEachPartFitWhateverTheirScale() {
        List<PartWeightSums.Line> lines = List.of(line(IndicatorCategory.OUTPUT, "20.00"), line(IndicatorCategory.OUTPUT, "30"),
                line(IndicatorCategory.EFFECT, "15.5"), line(IndicatorCategory.EFFECT, "14.50"),
                line(IndicatorCategory.SATISFACTION, "10"));

        assertThat(PartWeightSums.mismatches(NATIONAL, lines)).isEmpty();
        assertThat(PartWeightSums.sums(NATIONAL, lines)).extracting(PartWeightSums.PartSum::category)
                .containsExactly(IndicatorCategory.OUTPUT, IndicatorCategory.EFFECT, IndicatorCategory.SATISFACTION);
    }

    @Test
    void aPartWhoseWeightsDoNotAddUpIsNamedWithItsSumAndTheTemplatesWeightInTheTemplatesOrder() {
        List<PartWeightSums.Line> lines = List.of(line(IndicatorCategory.SATISFACTION, "12"),
                line(IndicatorCategory.OUTPUT, "45"), line(IndicatorCategory.EFFECT, "30"));

        assertThat(PartWeightSums.mismatches(NATIONAL, lines))
                .extracting(PartWeightSums.PartSum::category, part -> part.sum().toPlainString(),
                        part -> part.expected().toPlainString())
                .containsExactly(tuple(IndicatorCategory.OUTPUT, "45", "50"),
                        tuple(IndicatorCategory.SATISFACTION, "12", "10"));
    }

    @Test
    void aPartWithoutLinesSumsToZeroAndALineWithoutAUsableWeightAddsNothing() {
        List<PartWeightSums.Line> lines = List.of(line(IndicatorCategory.OUTPUT, "50"),
                new PartWeightSums.Line(IndicatorCategory.EFFECT, null), line(IndicatorCategory.EFFECT, "-5"),
                line(IndicatorCategory.EFFECT, "30.001"));

        assertThat(PartWeightSums.mismatches(NATIONAL, lines)).extracting(PartWeightSums.PartSum::category,
                        part -> part.sum().signum())
                .containsExactly(tuple(IndicatorCategory.EFFECT, 0), tuple(IndicatorCategory.SATISFACTION, 0));
    }

    @Test
    void aLineOfAPartTheTemplateDoesNotScoreIsNoPartsConcern() {
        Map<IndicatorCategory, BigDecimal> indicatorsNinety = parts(IndicatorCategory.OUTPUT, "90");

        assertThat(PartWeightSums.mismatches(indicatorsNinety, List.of(line(IndicatorCategory.OUTPUT, "90"),
                line(IndicatorCategory.COST, "10")))).isEmpty();
    }

    @Test
    void aUsableWeightIsPositiveWithAtMostTwoDecimals() {
        assertThat(PartWeightSums.usable(new BigDecimal("0.01"))).isTrue();
        assertThat(PartWeightSums.usable(new BigDecimal("20.000"))).isTrue();
        assertThat(PartWeightSums.usable(new BigDecimal("0.005"))).isFalse();
        assertThat(PartWeightSums.usable(BigDecimal.ZERO)).isFalse();
        assertThat(PartWeightSums.usable(null)).isFalse();
    }

    private static PartWeightSums.Line line(IndicatorCategory category, String weight) {
        return new PartWeightSums.Line(category, new BigDecimal(weight));
    }

    private static Map<IndicatorCategory, BigDecimal> parts(Object... categoryAndWeight) {
        Map<IndicatorCategory, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < categoryAndWeight.length; i += 2) {
            parts.put((IndicatorCategory) categoryAndWeight[i], new BigDecimal((String) categoryAndWeight[i + 1]));
        }
        return parts;
    }
}
