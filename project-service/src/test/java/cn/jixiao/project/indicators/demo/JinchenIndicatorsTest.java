package cn.jixiao.project.indicators.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.indicators.ActualReading;
import cn.jixiao.project.indicators.ActualRules;
import cn.jixiao.project.indicators.Attainment;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorRules;
import cn.jixiao.project.indicators.NationalScoring;
import cn.jixiao.project.indicators.ReportedActual;
import cn.jixiao.project.indicators.WeightCheck;
import cn.jixiao.project.templates.EvaluationTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class JinchenIndicatorsTest {

    @Test
    void theSeedTreeIsConsistentAndAddsUpToTheNationalTemplate() {
        IndicatorRules.Checked checked = IndicatorRules.check(JinchenIndicators.indicators());

        assertThat(checked.problems()).isEmpty();
        assertThat(WeightCheck.allMatch(WeightCheck.sums(EvaluationTemplate.NATIONAL_DEFAULT, checked.indicators()))).isTrue();
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
                EvaluationTemplate.NATIONAL_DEFAULT.budgetExecutionWeight(), reported());

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
                    actual.deviationNote(), "panlong-jinchen-editor", null));
        }).toList();
    }
}
