package cn.jixiao.evaluation.scoring;

/**
 * Something that must be written or entered before the evaluation may be submitted.
 *
 * @param indicatorId the indicator concerned, {@code null} for the budget items and a part's weights
 * @param message     what is missing, in Chinese, for the refusal the street sees
 * @param english     the same in English; {@code null} for the kinds whose English the submission refusal words
 *                    itself (those older than the line problems below)
 */
public record BlockingItem(Kind kind, String indicatorId, String message, String english) {

    public BlockingItem(Kind kind, String indicatorId, String message) {
        this(kind, indicatorId, message, null);
    }

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
        WEIGHT_MISSING,
        /** An indicator has no 年度指标值 yet (a blank cell saved as printed); it scores nothing meanwhile. */
        TARGET_MISSING,
        /** The target cannot be scored by the indicator's direction (a text target scored 正向, a negative target, …). */
        INDICATOR_NOT_SCORABLE,
        /** The actual's unit cannot be converted into the target's (次 against %, 个 against 万元). */
        UNITS_DIFFER,
        /** A text actual (完成, 已完成) on a numeric target awaits the evaluator's judgement, given like a 定性 grade. */
        TEXT_ACTUAL_NOT_JUDGED,
        /** A 定性 score lies outside its grade's band, or the grade is not one of the template's scale. */
        QUALITATIVE_SCORE_OUTSIDE_BAND
    }
}
