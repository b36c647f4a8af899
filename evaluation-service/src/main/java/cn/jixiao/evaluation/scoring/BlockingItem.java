package cn.jixiao.evaluation.scoring;

/**
 * Something that must be written or entered before the evaluation may be submitted.
 *
 * @param indicatorId the indicator concerned, {@code null} for the budget items
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
        BUDGET_NOT_SET
    }
}
