package cn.jixiao.project.rectification;

/** Where a 整改 item came from; with its reference (an indicator, a round, a step) it names the finding once. */
public enum RectificationSource {
    TARGETS_RETURN("绩效目标退回意见", "the district's return of the targets"),
    EVALUATION_RETURN("自评退回意见", "the district's return of the self-evaluation"),
    REVIEW_DEDUCTION("复核扣分", "a deduction at the district's review"),
    MONITORING_RED("绩效监控红灯", "a red line of the monitoring form"),
    RED_FLAG("审计线索", "a red flag in the spending ledger, turned into an item by the district's overseer"),
    MANUAL("区复核人员录入", "entered by the district's overseer");

    private final String label;
    private final String english;

    RectificationSource(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** Opened by the service from a finding, not by a person: one item per reference, the default deadline. */
    boolean automatic() {
        return this != MANUAL;
    }
}
