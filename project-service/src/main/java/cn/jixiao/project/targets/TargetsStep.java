package cn.jixiao.project.targets;

import java.util.EnumSet;
import java.util.Set;

import cn.jixiao.project.indicators.TargetsState;

import static cn.jixiao.project.indicators.TargetsState.APPROVED;
import static cn.jixiao.project.indicators.TargetsState.DRAFT;
import static cn.jixiao.project.indicators.TargetsState.RETURNED;
import static cn.jixiao.project.indicators.TargetsState.SUBMITTED;

/**
 * The steps of the 绩效目标申报与审核: which side takes each (the project's street or its district), from which states,
 * where it leads, and whether it needs a comment. {@link TargetsPolicy} answers "may I?" from this table.
 */
public enum TargetsStep {

    /** 提交: the street sends its targets to the district; they do not change until returned. */
    SUBMIT("提交", "submit", Side.STREET, EnumSet.of(DRAFT, RETURNED), SUBMITTED, false),
    /** 退回: the district sends them back; the comment says what to change. */
    RETURN("退回", "return", Side.DISTRICT, EnumSet.of(SUBMITTED), RETURNED, true),
    /** 批复: the district approves them; they are the targets in force and stay locked. */
    APPROVE("批复", "approve", Side.DISTRICT, EnumSet.of(SUBMITTED), APPROVED, false);

    /** Who takes a step: the project's own street, or the district overseeing it. */
    public enum Side {
        STREET, DISTRICT
    }

    private final String label;
    private final String english;
    private final Side side;
    private final Set<TargetsState> from;
    private final TargetsState to;
    private final boolean commentRequired;

    TargetsStep(String label, String english, Side side, Set<TargetsState> from, TargetsState to,
                boolean commentRequired) {
        this.label = label;
        this.english = english;
        this.side = side;
        this.from = from;
        this.to = to;
        this.commentRequired = commentRequired;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    public Side side() {
        return side;
    }

    public boolean allowedIn(TargetsState state) {
        return from.contains(state);
    }

    public TargetsState to() {
        return to;
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    /** The step a history entry records: the one that leads to its state. */
    public static TargetsStep leadingTo(TargetsState state) {
        for (TargetsStep step : values()) {
            if (step.to == state) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step leads to " + state);
    }
}
