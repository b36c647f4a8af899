package cn.jixiao.project.indicators;

import cn.jixiao.contracts.project.IndicatorDirection;

/** How a target compares: the 指标性质 column of the form (≥, ≤, =) plus a range written as "90%-95%". */
public enum TargetComparator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    RANGE("区间");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * The comparator a bare number ("100%", "1个") takes: the one its direction scores by. A qualitative
     * direction has none, so a number written for it is a contradiction the rules report; without a direction
     * it has none either, and the template's default direction decides.
     */
    static TargetComparator implied(IndicatorDirection direction) {
        if (direction == null) {
            return null;
        }
        return switch (direction) {
            case POSITIVE -> GE;
            case NEGATIVE -> LE;
            case EQUAL -> EQ;
            case QUALITATIVE -> null;
        };
    }

    /** The direction a written comparator decides (≥ 正向, ≤ 反向, = 等于); {@code null} for a range (区间), which suits any. */
    IndicatorDirection direction() {
        return switch (this) {
            case GE -> IndicatorDirection.POSITIVE;
            case LE -> IndicatorDirection.NEGATIVE;
            case EQ -> IndicatorDirection.EQUAL;
            case RANGE -> null;
        };
    }
}
