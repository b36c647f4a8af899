package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.Target;

/**
 * Whether a reported actual reaches its target, as the scoring rules count it: ≥ (and =, scored like 正向)
 * reached at or above the target, except that a target of 0 under = is reached at or below 0; ≤ at or below;
 * a range inside its bounds. Tells the street which indicators need a 偏差原因分析; the score itself is
 * evaluation-service's. Qualitative indicators are graded by the evaluator, so for them it is unknown.
 */
public final class Attainment {

    private Attainment() {
    }

    /**
     * {@code null} when unknown: no target or actual yet, a qualitative or 不适用 indicator, words on a numeric
     * target, a bare target whose comparator the template's default direction decides, or a count in another
     * word than the target's (the template says whether they are the same count).
     */
    public static Boolean reached(Indicator indicator) {
        if (indicator.actual() == null || indicator.markedNotApplicable()) {
            return null;
        }
        return reaches(indicator.target(), indicator.actual().value(), indicator.actual().reading());
    }

    /**
     * Whether a value read against its indicator ({@link ActualRules#read}) reaches the target, by the same rule:
     * also what 绩效运行监控 asks of a 全年预计完成值. {@code null} when unknown, as above.
     */
    public static Boolean reaches(Target target, ActualReading reading) {
        return reaches(target, reading.value(), reading.kind());
    }

    private static Boolean reaches(Target target, BigDecimal value, ActualReadingKind reading) {
        if (target == null || target.isQualitative() || target.comparator() == null || value == null
                || reading == ActualReadingKind.OTHER_COUNT_UNIT) {
            return null;
        }
        return switch (TargetComparator.valueOf(target.comparator())) {
            case GE -> value.compareTo(target.value()) >= 0;
            case EQ -> target.value().signum() == 0 ? value.signum() <= 0 : value.compareTo(target.value()) >= 0;
            case LE -> value.compareTo(target.value()) <= 0;
            case RANGE -> value.compareTo(target.value()) >= 0 && value.compareTo(target.upperValue()) <= 0;
        };
    }
}
