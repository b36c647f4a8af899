package cn.jixiao.project.indicators;

import cn.jixiao.project.review.ReviewState;

/**
 * Where a project's 绩效目标表 (this tree's targets, weights, units and directions) stands in its approval. Kept here,
 * in the tree's own document ({@link TargetsApproval}), because the tree's writes must obey it: a change of the
 * targets and a submission are then decided by one versioned write of one document, never by two that can
 * cross. Who moves it from one state to the next is {@code cn.jixiao.project.targets}'.
 */
public enum TargetsState implements ReviewState {
    /** 草稿: the street is still writing its targets. */
    DRAFT("草稿", "draft"),
    /** 已提交: with the district; the targets do not change meanwhile. */
    SUBMITTED("已提交", "submitted"),
    /** 已退回: the district sent them back with comments; the street changes them and submits again. */
    RETURNED("已退回", "returned"),
    /** 已批复: approved; these are the targets in force, locked (a change would be a 目标调整 request). */
    APPROVED("已批复", "approved");

    private final String label;
    private final String english;

    TargetsState(String label, String english) {
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

    /** Whether the targets are out of the street's hands: sent for approval or approved. Actuals never are. */
    public boolean locksTargets() {
        return this == SUBMITTED || this == APPROVED;
    }
}
