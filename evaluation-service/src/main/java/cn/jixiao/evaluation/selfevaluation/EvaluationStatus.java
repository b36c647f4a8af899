package cn.jixiao.evaluation.selfevaluation;

/** Where a self-evaluation stands in the review workflow ({@link WorkflowStep} says who moves it on). */
public enum EvaluationStatus {
    /** 草稿: the street is still entering and scoring. */
    DRAFT("草稿", "draft"),
    /** 已提交: the street's approver sent it to the district. */
    SUBMITTED("已提交", "submitted"),
    /** 复核中: the district is reviewing it. */
    UNDER_REVIEW("复核中", "under review"),
    /** 已退回: the district sent it back with comments; the street edits and submits it again. */
    RETURNED("已退回", "returned"),
    /** 已通过: the district approved it. */
    APPROVED("已通过", "approved"),
    /** 已定稿: final; it never changes again, reopening starts a new round. */
    FINALIZED("已定稿", "finalized");

    private final String zh;
    private final String en;

    EvaluationStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /**
     * Whether the street is working on it, so its score follows the project's data. Once submitted the score is
     * frozen for the reviewer: newer project data is kept aside and scored when the evaluation comes back to the
     * street (returned) or is reopened.
     */
    public boolean withTheStreet() {
        return this == DRAFT || this == RETURNED;
    }
}
