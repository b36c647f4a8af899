package cn.jixiao.contracts.project;

/** How an actual value (实际完成值) was read against its indicator's target. */
public enum ActualReadingKind {
    /** A number written with the target's unit or a synonym of it (百分比, ％ and % are the same). */
    AS_WRITTEN,
    /** A bare number (the form prints the unit in its own column), read in the target's unit. */
    TARGET_UNIT,
    /** Written in another unit of the same measure (元 against 万元), converted exactly into the target's unit. */
    CONVERTED,
    /**
     * A count written with another word than the target's (项 against 个, 件 against 项): the value is kept as
     * written with its own unit; whether the two words are the same count is the evaluation template's setting.
     */
    OTHER_COUNT_UNIT,
    /**
     * Words such as 完成 or 已完成 against a numeric target: kept as written with no value, flagged, and left to
     * the evaluator's judgement.
     */
    TEXT_ON_NUMERIC_TARGET,
    /** A statement for a qualitative target (or for a line whose target is not entered yet). */
    STATEMENT
}
