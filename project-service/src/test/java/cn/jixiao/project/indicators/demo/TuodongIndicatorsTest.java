package cn.jixiao.project.indicators.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.ActualReading;
import cn.jixiao.project.indicators.ActualRules;
import cn.jixiao.project.indicators.Attainment;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorRules;
import cn.jixiao.project.indicators.NationalScoring;
import cn.jixiao.project.indicators.ReportedActual;

import static org.assertj.core.api.Assertions.assertThat;

class TuodongIndicatorsTest {

    @Test
    void theTreeIsConsistentAndAddsUpToTheNationalTemplate() {
        IndicatorRules.Checked checked = IndicatorRules.check(TuodongIndicators.indicators());

        assertThat(checked.problems()).isEmpty();
        // the national template's parts (产出 50, 效益 30, 满意度 10), which evaluation-service scores the demo with
        assertThat(NationalScoring.sumsByCategory(checked.indicators())).containsExactly(
                Map.entry(IndicatorCategory.OUTPUT, new BigDecimal("50.00")),
                Map.entry(IndicatorCategory.EFFECT, new BigDecimal("30.00")),
                Map.entry(IndicatorCategory.SATISFACTION, new BigDecimal("10.00")));
    }

    @Test
    void everyDirectionIsUsedAndTheQualitativeIndicatorIsTheOneTheEvaluationDemoGrades() {
        List<Indicator> indicators = reported();

        assertThat(indicators).extracting(Indicator::direction).contains(IndicatorDirection.values());
        assertThat(indicators).filteredOn(indicator -> indicator.direction() == IndicatorDirection.QUALITATIVE)
                .singleElement().satisfies(qualitative -> {
                    assertThat(qualitative.id()).isEqualTo("td-environment");
                    assertThat(qualitative.weight()).isEqualByComparingTo("10");
                });
    }

    @Test
    void theShortfallsScoreAsTheRulesSayAndEachCarriesADeviationNote() {
        Map<String, Indicator> byId = reported().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));

        assertThat(NationalScoring.score(byId.get("td-green-area"))).as("正向 10800 of ≥12000, weight 20").isEqualByComparingTo("18.00");
        assertThat(NationalScoring.score(byId.get("td-compounds"))).as("等于 6 of =6").isEqualByComparingTo("10.00");
        assertThat(NationalScoring.score(byId.get("td-complaints"))).as("反向 8 of ≤5, weight 10").isEqualByComparingTo("4.00");
        assertThat(NationalScoring.score(byId.get("td-merchants"))).as("86% of ≥90%, weight 5").isEqualByComparingTo("4.78");
        assertThat(byId.values()).filteredOn(indicator -> Boolean.FALSE.equals(Attainment.reached(indicator)))
                .extracting(Indicator::id).containsExactlyInAnyOrder("td-green-area", "td-complaints", "td-merchants");
        assertThat(List.of("td-green-area", "td-complaints", "td-merchants", "td-environment"))
                .allSatisfy(id -> assertThat(byId.get(id).actual().deviationNote()).isNotBlank());
    }

    private static List<Indicator> reported() {
        Map<String, DemoActual> actuals = TuodongIndicators.actuals().stream()
                .collect(Collectors.toMap(DemoActual::indicatorId, Function.identity()));
        return IndicatorRules.check(TuodongIndicators.indicators()).indicators().stream().map(indicator -> {
            DemoActual actual = actuals.get(indicator.id());
            ActualReading reading = ActualRules.read(indicator, actual.actual());
            return indicator.withActual(new ReportedActual(reading.text(), reading.value(), reading.unit(),
                    actual.deviationNote(), "panlong-tuodong-editor", null, reading.kind()));
        }).toList();
    }
}
