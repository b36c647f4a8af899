package cn.jixiao.evaluation.selfevaluation;

/** Where a self-evaluation stands in the review workflow. */
public enum EvaluationStatus {
    /** 草稿: the street is still entering and scoring. */
    DRAFT
}
