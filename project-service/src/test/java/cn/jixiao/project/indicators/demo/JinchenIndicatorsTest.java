package cn.jixiao.project.indicators.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.project.indicators.ActualReading;
import cn.jixiao.project.indicators.ActualRules;
import cn.jixiao.project.indicators.Attainment;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorRules;
import cn.jixiao.project.indicators.NationalScoring;
import cn.jixiao.project.indicators.ReportedActual;

import static org.assertj.core.api.Assertions.assertThat;

class JinchenIndicatorsTest {

    @Test
    void theSeedTreeIsConsistentAndAddsUpToTheNationalTemplate() {
        IndicatorRules.Checked checked = IndicatorRules.check(JinchenIndicators.indicators());

        assertThat(checked.problems()).isEmpty();
        // the national template's parts (产出 50, 效益 30, 满意度 10), which evaluation-service scores the demo with
        assertThat(NationalScoring.sumsByCategory(checked.indicators())).containsExactly(
                Map.entry(IndicatorCategory.OUTPUT, new BigDecimal("50.00")),
                Map.entry(IndicatorCategory.EFFECT, new BigDecimal("30.00")),
                Map.entry(IndicatorCategory.SATISFACTION, new BigDecimal("10.00")));
    }

    @Test
    void onlyTheThemedActivitiesFallShortAndTheyCarryADeviationNote() {
        List<Indicator> reported = reported();

        assertThat(reported).filteredOn(indicator -> Boolean.FALSE.equals(Attainment.reached(indicator)))
                .singleElement().satisfies(shortfall -> {
                    assertThat(shortfall.id()).isEqualTo(JinchenIndicators.ACTIVITIES);
                    assertThat(shortfall.weight()).isEqualByComparingTo("20");
                    assertThat(shortfall.actual().deviationNote()).contains("顺延至2024年1月");
                    assertThat(NationalScoring.score(shortfall)).isEqualByComparingTo("18.00");
                });
        assertThat(reported).allSatisfy(indicator -> assertThat(indicator.actual()).isNotNull());
    }

    @Test
    void withTheBudgetFullySpentTheNationalRulesScoreIt98Excellent() {
        BigDecimal total = NationalScoring.total(BigDecimal.ONE,
                NationalScoring.EXECUTION_WEIGHT, reported());

        assertThat(total).isEqualByComparingTo("98.00");
        assertThat(NationalScoring.grade(total)).isEqualTo("优");
    }

    private static List<Indicator> reported() {
        Map<String, DemoActual> actuals = JinchenIndicators.actuals().stream()
                .collect(Collectors.toMap(DemoActual::indicatorId, Function.identity()));
        return IndicatorRules.check(JinchenIndicators.indicators()).indicators().stream().map(indicator -> {
            DemoActual actual = actuals.get(indicator.id());
            ActualReading reading = ActualRules.read(indicator, actual.actual());
            return indicator.withActual(new ReportedActual(reading.text(), reading.value(), reading.unit(),
                    actual.deviationNote(), "panlong-jinchen-editor", null, reading.kind()));
        }).toList();
    }
}
