package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.EvaluationTemplate;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Scores one indicator line by the rule its direction (正向, 等于, 反向, 定性) calls for. A target comparator that
 * disagrees with the direction is not second-guessed (project-service refuses the contradiction), with one
 * exception: a RANGE target is scored as a range whatever the direction says, since a range has both a lower and
 * an upper bound to miss.
 * <p>
 * A line that cannot be scored as it stands (no target, a target its direction cannot score, units that differ,
 * a text actual not yet judged, a 定性 score outside its band) does not stop the rest from being scored: it
 * scores 0.00, says why, and is a blocking item ({@link Scored#problem()}).
 */
final class IndicatorScoring {

    private static final String RANGE = "RANGE";

    private IndicatorScoring() {
    }

    /** A scored line, and what keeps it from being scored if anything does. */
    record Scored(IndicatorScore line, BlockingItem problem) {
    }

    static Scored score(EvaluationTemplate template, IndicatorEntry entry, BigDecimal scaledWeight) {
        Indicator indicator = entry.indicator();
        if (entry.notApplicable() && indicator.weight().signum() == 0) {
            return new Scored(line(indicator, BigDecimal.ZERO, Figures.points(BigDecimal.ZERO), true,
                    "不适用（表上为“/”），未设分值：不计分"
                            + (template.rescaleNotApplicable() ? "，其余指标分值不变" : "，本模板不剔除不适用指标，亦无分值可折算")),
                    null);
        }
        if (entry.notApplicable() && template.rescaleNotApplicable()) {
            return new Scored(line(indicator, scaledWeight, Figures.points(BigDecimal.ZERO), true,
                    "不适用：不计分，其分值 " + plain(indicator.weight()) + " 按比例分配给其余适用指标"), null);
        }
        String prefix = "";
        if (scaledWeight.compareTo(indicator.weight()) != 0) {
            prefix = "因剔除不适用指标，分值 " + plain(indicator.weight()) + " 调整为 " + plain(scaledWeight) + "；";
        } else if (entry.notApplicable()) {
            prefix = "本模板不剔除不适用指标，照常计分；";
        }
        try {
            LineScore line = lineScore(template, entry, scaledWeight);
            return new Scored(line(indicator, scaledWeight, line.score(), false, prefix + line.explanation()), null);
        } catch (ScoringException notScorable) {
            BlockingItem problem = new BlockingItem(kindOf(notScorable.reason()), indicator.id(),
                    notScorable.getMessage(), notScorable.english());
            return new Scored(line(indicator, scaledWeight, Figures.points(BigDecimal.ZERO), false,
                    prefix + "暂不能计分，得分 0.00：" + notScorable.getMessage()), problem);
        }
    }

    private static BlockingItem.Kind kindOf(ScoringException.Reason reason) {
        return switch (reason) {
            case TARGET_MISSING -> BlockingItem.Kind.TARGET_MISSING;
            case UNITS_DIFFER -> BlockingItem.Kind.UNITS_DIFFER;
            case TEXT_ACTUAL_NOT_JUDGED -> BlockingItem.Kind.TEXT_ACTUAL_NOT_JUDGED;
            case QUALITATIVE_SCORE_OUTSIDE_BAND -> BlockingItem.Kind.QUALITATIVE_SCORE_OUTSIDE_BAND;
            default -> BlockingItem.Kind.INDICATOR_NOT_SCORABLE;
        };
    }

    private static LineScore lineScore(EvaluationTemplate template, IndicatorEntry entry, BigDecimal weight) {
        Indicator indicator = entry.indicator();
        if (Directions.targetMissing(indicator.target())) {
            throw new ScoringException(ScoringException.Reason.TARGET_MISSING,
                    "指标「" + indicator.name() + "」未填写年度指标值",
                    "indicator 「" + indicator.name() + "」 has no target (年度指标值) yet");
        }
        IndicatorDirection direction = Directions.resolved(indicator);
        String directionNote = "";
        if (direction == null) {
            direction = template.defaultDirection();
            directionNote = "年度指标值「" + indicator.target().text() + "」未注明比较符，按模板默认方向" + direction.label()
                    + "计分；";
        }
        if (entry.actual() == null) {
            return LineScore.nothing(direction == IndicatorDirection.QUALITATIVE ? "尚未评定定性等级" : "未填报实际完成值");
        }
        LineScore line = direction == IndicatorDirection.QUALITATIVE
                ? judged(template, entry, weight)
                : measured(template, entry, direction, weight);
        return new LineScore(line.score(), directionNote + line.explanation());
    }

    private static LineScore judged(EvaluationTemplate template, IndicatorEntry entry, BigDecimal weight) {
        Indicator indicator = entry.indicator();
        if (!(entry.actual() instanceof ActualValue.Judged judgement)) {
            throw notScorable(indicator, "为定性指标，应选择评价等级并评定得分",
                    "is qualitative: choose a grade and award points inside its band");
        }
        return QualitativeRule.judged(template.qualitativeBands(), indicator.name(), judgement, weight);
    }

    private static LineScore measured(EvaluationTemplate template, IndicatorEntry entry, IndicatorDirection direction,
                                      BigDecimal weight) {
        Indicator indicator = entry.indicator();
        if (entry.actual() instanceof ActualValue.Described described) {
            throw new ScoringException(ScoringException.Reason.TEXT_ACTUAL_NOT_JUDGED,
                    "指标「" + indicator.name() + "」的实际完成值「" + described.text() + "」为文字，年度指标值为数值，"
                            + "需由评价人按定性等级评定得分",
                    "indicator 「" + indicator.name() + "」 has a text actual (" + described.text() + ") against a numeric "
                            + "target: the evaluator grades it like a qualitative indicator");
        }
        if (entry.actual() instanceof ActualValue.Judged judgement) {
            LineScore judged = QualitativeRule.judged(template.qualitativeBands(), indicator.name(), judgement, weight);
            return new LineScore(judged.score(), "实际完成值为文字，由评价人判断：" + judged.explanation());
        }
        ActualValue.Measured measured = (ActualValue.Measured) entry.actual();
        Target target = numericTarget(indicator, direction);
        Measurement actual = UnitConversion.toTargetUnit(indicator.name(), measured, target, template.sameCountUnits());
        if (RANGE.equals(target.comparator())) {
            return RangeRule.within(template.reverseFormula(), actual, target.value(), target.upperValue(),
                    target.text(), weight);
        }
        String targetShown = "年度指标值 " + target.text();
        return switch (direction) {
            case NEGATIVE -> ReverseRule.atMost(template.reverseFormula(), actual, target.value(), targetShown, weight);
            case EQUAL -> PositiveRule.equalTo(template.equalRule(), actual, target.value(), targetShown, weight);
            default -> PositiveRule.atLeast(actual, target.value(), targetShown, weight);
        };
    }

    /** Ratios to a negative target have no meaning on the form, so such targets are refused, not guessed at. */
    private static Target numericTarget(Indicator indicator, IndicatorDirection direction) {
        Target target = indicator.target();
        if (target.isQualitative()) {
            throw notScorable(indicator, "的年度指标值「" + target.text() + "」不是数值，不能按" + direction.label() + "计分",
                    "has the text target " + target.text() + ", which cannot be scored " + direction.name()
                            + "; write a number or make the indicator qualitative");
        }
        if (target.value().signum() < 0) {
            throw notScorable(indicator, "的年度指标值为负数，不能按比例计分",
                    "has a negative target, which cannot be scored as a ratio");
        }
        if (RANGE.equals(target.comparator())
                && (target.upperValue() == null || target.upperValue().compareTo(target.value()) < 0)) {
            throw notScorable(indicator, "的年度指标值区间「" + target.text() + "」缺少上限或上限低于下限",
                    "has the range target " + target.text() + " without an upper bound at or above its lower bound");
        }
        return target;
    }

    private static ScoringException notScorable(Indicator indicator, String why, String whyEnglish) {
        return new ScoringException(ScoringException.Reason.INDICATOR_NOT_SCORABLE, "指标「" + indicator.name() + "」" + why,
                "indicator 「" + indicator.name() + "」 " + whyEnglish);
    }

    private static IndicatorScore line(Indicator indicator, BigDecimal scaledWeight, BigDecimal score,
                                       boolean notApplicable, String explanation) {
        return new IndicatorScore(indicator.id(), indicator.dimension(), indicator.name(), indicator.weight(),
                scaledWeight, score, notApplicable, explanation);
    }
}
