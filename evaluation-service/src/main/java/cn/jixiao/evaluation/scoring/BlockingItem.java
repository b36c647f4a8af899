package cn.jixiao.evaluation.scoring;

/**
 * Something that must be written or entered before the evaluation may be submitted.
 *
 * @param indicatorId the indicator concerned, {@code null} for the budget items and a part's weights
 * @param message     what is missing, in Chinese, for the refusal the street sees
 */
public record BlockingItem(Kind kind, String indicatorId, String message) {

    public enum Kind {
        /** An indicator below full marks has no 偏差原因分析及改进措施. */
        DEVIATION_NOTE_MISSING,
        /** The execution rate is below the template's threshold and unexplained. */
        EXECUTION_EXPLANATION_MISSING,
        /** An indicator has no 实际完成值 yet. */
        ACTUAL_NOT_REPORTED,
        /** A 定性 indicator has no grade and score from the street yet, so it scores nothing. */
        QUALITATIVE_NOT_GRADED,
        /** The full-year budget is 0, so there is no execution rate. */
        BUDGET_NOT_SET,
        /**
         * The indicator weights do not fit the template: a part's weights add up to another figure than the
         * template's, or an indicator belongs to a part the template does not score. The total is then not out of 100.
         */
        WEIGHTS_DO_NOT_MATCH_TEMPLATE,
        /** An indicator has no usable 分值 (positive, at most two decimals) yet; it is scored against 0 meanwhile. */
        WEIGHT_MISSING
    }
}
