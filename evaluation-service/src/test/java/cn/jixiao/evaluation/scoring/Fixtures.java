package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Part;
import cn.jixiao.evaluation.template.PartWeight;
import cn.jixiao.evaluation.template.ReverseFormula;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static cn.jixiao.contracts.money.Yuan.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Targets and indicators as project-service defines them, and a way to score one indicator on its own. */
final class Fixtures {

    private Fixtures() {
    }

    static Target atLeast(String value, String unit) {
        return new Target("≥" + value + unit, "GE", new BigDecimal(value), null, unit);
    }

    static Target atMost(String value, String unit) {
        return new Target("≤" + value + unit, "LE", new BigDecimal(value), null, unit);
    }

    static Target exactly(String value, String unit) {
        return new Target("=" + value + unit, "EQ", new BigDecimal(value), null, unit);
    }

    static Target between(String lower, String upper, String unit) {
        return new Target(lower + unit + "–" + upper + unit, "RANGE", new BigDecimal(lower), new BigDecimal(upper), unit);
    }

    static Target described(String text) {
        return new Target(text, null, null, null, null);
    }

    static Indicator indicator(IndicatorDimension dimension, String id, String name, Target target,
                               IndicatorDirection direction, String weight) {
        return new Indicator(id, dimension, name, target, direction, new BigDecimal(weight), "街道台账");
    }

    static Indicator quantity(String name, Target target, IndicatorDirection direction, String weight) {
        return indicator(IndicatorDimension.QUANTITY, "q-1", name, target, direction, weight);
    }

    static ActualValue.Measured measured(String value, String unit) {
        return ActualValue.Measured.of(value, unit);
    }

    /** One fully met indicator per part of the national template: 产出 50, 效益 30, 满意度 10. */
    static List<IndicatorEntry> nationalIndicatorsAllMet() {
        return List.of(
                IndicatorEntry.of(indicator(IndicatorDimension.QUANTITY, "o-1", "服务居民人次", atLeast("1000", "人次"),
                        IndicatorDirection.POSITIVE, "50"), measured("1200", "人次")),
                IndicatorEntry.of(indicator(IndicatorDimension.SOCIAL_BENEFIT, "e-1", "居民参与率", atLeast("60", "%"),
                        IndicatorDirection.POSITIVE, "30"), measured("75", "%")),
                IndicatorEntry.of(indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-1", "服务对象满意度",
                        atLeast("90", "%"), IndicatorDirection.POSITIVE, "10"), measured("96", "%")));
    }

    /** Scores one 产出 indicator under the national rules, in a template whose outputs weigh exactly it. */
    static IndicatorScore alone(Indicator indicator, ActualValue actual) {
        return alone(ReverseFormula.BAND, indicator, actual);
    }

    static IndicatorScore alone(ReverseFormula formula, Indicator indicator, ActualValue actual) {
        return card(ShippedTemplates.national().nextVersion(draft -> draft.reverseFormula(formula)), indicator, actual)
                .indicators().get(0);
    }

    /** The line scored alone under the given template, its weights made to fit (the line's part carries them). */
    static ScoreCard card(EvaluationTemplate base, Indicator indicator, ActualValue actual) {
        BigDecimal weight = indicator.weight();
        EvaluationTemplate template = base.nextVersion(draft -> draft
                .parts(new PartWeight(Part.BUDGET_EXECUTION, BigDecimal.valueOf(100).subtract(weight)),
                        new PartWeight(Part.OUTPUT, weight)));
        ScoringInput input = new ScoringInput(BudgetExecution.of(parse("100"), parse("100")),
                List.of(IndicatorEntry.of(indicator, actual)));
        return ScoringEngine.score(template, input);
    }

    /**
     * Why the line cannot be scored as it stands: its blocking item. The line is still on the score card, at 0.00,
     * and asks for a correction rather than a deviation note.
     */
    static BlockingItem blocking(Indicator indicator, ActualValue actual) {
        ScoreCard card = card(ShippedTemplates.national(), indicator, actual);
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("0.00");
        assertThat(card.blockingItems()).hasSize(1);
        return card.blockingItems().get(0);
    }
}
