package cn.jixiao.contracts.project;

/**
 * What decided an indicator's {@link IndicatorDirection}, since the form prints the comparator in the target
 * (年度指标值) and some forms print a direction column as well.
 */
public enum DirectionSource {
    /**
     * The target as printed: its comparator (≥ 正向, ≤ 反向, = 等于; a range is scored as 区间 by the target's
     * {@code RANGE} comparator, whatever the direction says), or a statement such as 按时完成, which can only be
     * graded 定性. A direction entered as well agreed with it (a contradiction is refused at definition).
     */
    TARGET,
    /** Entered by the street for a target that carries no comparator (a bare number such as {@code 1}, or no target yet). */
    ENTERED,
    /**
     * Neither: the direction is {@code null} and the evaluation template's default direction applies, which the
     * evaluation says in the line's explanation.
     */
    TEMPLATE_DEFAULT
}
