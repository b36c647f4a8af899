package cn.jixiao.evaluation.template;

/** How a 反向 (lower is better) indicator over its target is scored. At or under the target it scores full marks. */
public enum ReverseFormula {
    /** Full at the target, falling linearly to 0 at twice the target: (1 − (actual − target) ÷ target) × weight. */
    BAND,
    /** target ÷ actual × weight, as some provinces do. */
    RATIO
}
