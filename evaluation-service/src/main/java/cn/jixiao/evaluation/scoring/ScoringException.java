package cn.jixiao.evaluation.scoring;

/**
 * The inputs cannot be scored as they stand: the evaluation must be corrected, not scored approximately.
 * The message is in Chinese, for the person who has to correct it.
 */
public class ScoringException extends IllegalArgumentException {

    /** Why, as a stable code an API can return. */
    public enum Reason {
        /** Two indicators share an id, so actuals, notes and scores cannot tell them apart. */
        DUPLICATE_INDICATOR_ID,
        /** An indicator's target or actual cannot be scored by its direction (e.g. a text target scored 正向). */
        INDICATOR_NOT_SCORABLE,
        /** The actual is in a unit that cannot be converted into the target's unit. */
        UNITS_DIFFER,
        /** A 定性 score lies outside the band of the grade the evaluator chose. */
        QUALITATIVE_SCORE_OUTSIDE_BAND,
        /** Every indicator is marked not applicable, so nothing is left to rescale to. */
        NOTHING_APPLICABLE,
        /** The indicator has no 年度指标值. */
        TARGET_MISSING,
        /** A text actual on a numeric target has not been judged by the evaluator yet. */
        TEXT_ACTUAL_NOT_JUDGED
    }

    private final Reason reason;
    private final String english;

    public ScoringException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ScoringException(Reason reason, String message, String english) {
        super(message);
        this.reason = reason;
        this.english = english;
    }

    /** The message in English, {@code null} where only the Chinese was worded. */
    public String english() {
        return english;
    }

    public Reason reason() {
        return reason;
    }
}
