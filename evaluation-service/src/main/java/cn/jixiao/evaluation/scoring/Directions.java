package cn.jixiao.evaluation.scoring;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;

/**
 * The direction an indicator is scored by. The comparator printed in the target decides it when the indicator
 * names none (≥ 正向, ≤ 反向, = 等于); a text target is 定性; a bare number without comparator (e.g. "1") takes
 * the template's default direction, which the explanation line says.
 */
public final class Directions {

    private Directions() {
    }

    /** Whether the indicator is graded by the evaluator rather than measured. */
    public static boolean isQualitative(Indicator indicator) {
        return resolved(indicator) == IndicatorDirection.QUALITATIVE;
    }

    /** Whether the target is absent: a blank cell saved as printed. */
    public static boolean targetMissing(Target target) {
        return target == null || ((target.text() == null || target.text().isBlank()) && target.value() == null);
    }

    /** The direction as defined or read from the comparator; {@code null} for a bare number (the template decides). */
    static IndicatorDirection resolved(Indicator indicator) {
        if (indicator.direction() != null) {
            return indicator.direction();
        }
        Target target = indicator.target();
        if (targetMissing(target)) {
            return null;
        }
        if (target.isQualitative()) {
            return IndicatorDirection.QUALITATIVE;
        }
        if (target.comparator() == null) {
            return null;
        }
        return switch (target.comparator()) {
            case "LE" -> IndicatorDirection.NEGATIVE;
            case "EQ" -> IndicatorDirection.EQUAL;
            default -> IndicatorDirection.POSITIVE;
        };
    }
}
