package cn.jixiao.project.monitoring;

import cn.jixiao.project.review.ReviewState;

/** Where a project's 绩效监控表 in a round stands. */
public enum MonitoringState implements ReviewState {
    NOT_STARTED("未填报", "not started"),
    FILLED("填报中", "being filled"),
    SUBMITTED("已提交", "submitted"),
    APPROVED("审核通过", "approved"),
    RETURNED("已退回", "returned");

    private final String label;
    private final String english;

    MonitoringState(String label, String english) {
        this.label = label;
        this.english = english;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String english() {
        return english;
    }

    /** With the district or done: a form in these states is no longer overdue, whatever the date. */
    boolean handedIn() {
        return this == SUBMITTED || this == APPROVED;
    }

    /** The street may still change the form. */
    boolean editable() {
        return this == NOT_STARTED || this == FILLED || this == RETURNED;
    }
}
