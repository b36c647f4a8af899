package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.EvaluationTemplate;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Scores one indicator line by the rule its direction (正向, 等于, 反向, 定性) calls for. A target comparator that
 * disagrees with the direction is not second-guessed, with one exception: a RANGE target is scored as a range
 * whatever the direction says, since a range has both a lower and an upper bound to miss.
 */
final class IndicatorScoring {

    private static final String RANGE = "RANGE";

    private IndicatorScoring() {
    }

    static IndicatorScore score(EvaluationTemplate template, IndicatorEntry entry, BigDecimal scaledWeight) {
        Indicator indicator = entry.indicator();
        if (entry.notApplicable() && template.rescaleNotApplicable()) {
            return line(indicator, scaledWeight, Figures.points(BigDecimal.ZERO), true,
                    "不适用：不计分，其分值 " + plain(indicator.weight()) + " 按比例分配给其余适用指标");
        }
        LineScore line = lineScore(template, entry, scaledWeight);
        String explanation = line.explanation();
        if (scaledWeight.compareTo(indicator.weight()) != 0) {
            explanation = "因剔除不适用指标，分值 " + plain(indicator.weight()) + " 调整为 " + plain(scaledWeight) + "；"
                    + explanation;
        } else if (entry.notApplicable()) {
            explanation = "本模板不剔除不适用指标，照常计分；" + explanation;
        }
        return line(indicator, scaledWeight, line.score(), false, explanation);
    }

    private static LineScore lineScore(EvaluationTemplate template, IndicatorEntry entry, BigDecimal weight) {
        if (entry.actual() == null) {
            return LineScore.nothing(entry.indicator().direction() == IndicatorDirection.QUALITATIVE
                    ? "尚未评定定性等级" : "未填报实际完成值");
        }
        return entry.indicator().direction() == IndicatorDirection.QUALITATIVE
                ? judged(template, entry, weight)
                : measured(template, entry, weight);
    }

    private static LineScore judged(EvaluationTemplate template, IndicatorEntry entry, BigDecimal weight) {
        Indicator indicator = entry.indicator();
        if (!(entry.actual() instanceof ActualValue.Judged judgement)) {
            throw notScorable(indicator, "为定性指标，应选择评价等级并评定得分");
        }
        return QualitativeRule.judged(template.qualitativeBands(), indicator.name(), judgement, weight);
    }

    private static LineScore measured(EvaluationTemplate template, IndicatorEntry entry, BigDecimal weight) {
        Indicator indicator = entry.indicator();
        if (!(entry.actual() instanceof ActualValue.Measured measured)) {
            throw notScorable(indicator, "按" + indicator.direction().label() + "计分，应填报数值型实际完成值");
        }
        Target target = numericTarget(indicator);
        Measurement actual = UnitConversion.toTargetUnit(indicator.name(), measured, target);
        if (RANGE.equals(target.comparator())) {
            return RangeRule.within(template.reverseFormula(), actual, target.value(), target.upperValue(),
                    target.text(), weight);
        }
        String targetShown = "年度指标值 " + target.text();
        return switch (indicator.direction()) {
            case NEGATIVE -> ReverseRule.atMost(template.reverseFormula(), actual, target.value(), targetShown, weight);
            case EQUAL -> PositiveRule.equalTo(actual, target.value(), targetShown, weight);
            default -> PositiveRule.atLeast(actual, target.value(), targetShown, weight);
        };
    }

    /** Ratios to a negative target have no meaning on the form, so such targets are refused, not guessed at. */
    private static Target numericTarget(Indicator indicator) {
        Target target = indicator.target();
        if (target == null || target.isQualitative()) {
            throw notScorable(indicator, "的年度指标值「" + (target == null ? "" : target.text()) + "」不是数值，不能按"
                    + indicator.direction().label() + "计分");
        }
        if (target.value().signum() < 0) {
            throw notScorable(indicator, "的年度指标值为负数，不能按比例计分");
        }
        if (RANGE.equals(target.comparator())
                && (target.upperValue() == null || target.upperValue().compareTo(target.value()) < 0)) {
            throw notScorable(indicator, "的年度指标值区间「" + target.text() + "」缺少上限或上限低于下限");
        }
        return target;
    }

    private static ScoringException notScorable(Indicator indicator, String why) {
        return new ScoringException(ScoringException.Reason.INDICATOR_NOT_SCORABLE, "指标「" + indicator.name() + "」" + why);
    }

    private static IndicatorScore line(Indicator indicator, BigDecimal scaledWeight, BigDecimal score,
                                       boolean notApplicable, String explanation) {
        return new IndicatorScore(indicator.id(), indicator.dimension(), indicator.name(), indicator.weight(),
                scaledWeight, score, notApplicable, explanation);
    }
}
