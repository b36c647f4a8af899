package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;

/**
 * A target as {@link TargetParser} read it, before the indicator's direction is taken into account.
 *
 * @param text       exactly as written (trimmed)
 * @param written    the comparator written, {@code null} for a bare number ("100%") or a qualitative target
 * @param value      the number, the lower bound of a range; {@code null} when qualitative
 * @param upperValue the upper bound of a range
 * @param unit       the unit written, {@code null} if none
 */
public record TargetReading(String text, TargetComparator written, BigDecimal value, BigDecimal upperValue, String unit) {

    public static TargetReading qualitative(String text) {
        return new TargetReading(text, null, null, null, null);
    }

    public boolean isQualitative() {
        return value == null;
    }

    /** The comparator that counts: the one written, else the one the direction implies ({@code null} without one). */
    public TargetComparator comparator(IndicatorDirection direction) {
        if (isQualitative()) {
            return null;
        }
        return written != null ? written : TargetComparator.implied(direction);
    }

    /** The stored and published form; call only once the rules accepted the reading for this direction. */
    public Target toTarget(IndicatorDirection direction) {
        TargetComparator comparator = comparator(direction);
        return new Target(text, comparator == null ? null : comparator.name(), value, upperValue, unit);
    }
}
