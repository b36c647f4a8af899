package cn.jixiao.project.monitoring;

import java.util.EnumSet;
import java.util.Set;

import cn.jixiao.project.targets.TargetsStep;

import static cn.jixiao.project.monitoring.MonitoringState.APPROVED;
import static cn.jixiao.project.monitoring.MonitoringState.FILLED;
import static cn.jixiao.project.monitoring.MonitoringState.NOT_STARTED;
import static cn.jixiao.project.monitoring.MonitoringState.RETURNED;
import static cn.jixiao.project.monitoring.MonitoringState.SUBMITTED;

/**
 * The steps of a 绩效监控表: which side takes each (the project's street or its district, as for the targets), from
 * which states, where it leads, and whether it needs a comment. {@link MonitoringPolicy} answers "may I?" from it.
 */
public enum MonitoringStep {

    /** 提交: the street sends the form, every red and yellow line explained. */
    SUBMIT("提交", "submit", "submitted", TargetsStep.Side.STREET, EnumSet.of(NOT_STARTED, FILLED, RETURNED), SUBMITTED, false),
    /** 审核通过: the district accepts it. */
    APPROVE("审核通过", "approve", "approved", TargetsStep.Side.DISTRICT, EnumSet.of(SUBMITTED), APPROVED, false),
    /** 退回: the district sends it back; the comment says what to change. */
    RETURN("退回", "return", "returned", TargetsStep.Side.DISTRICT, EnumSet.of(SUBMITTED), RETURNED, true);

    private final String label;
    private final String english;
    private final String pastTense;
    private final TargetsStep.Side side;
    private final Set<MonitoringState> from;
    private final MonitoringState to;
    private final boolean commentRequired;

    MonitoringStep(String label, String english, String pastTense, TargetsStep.Side side, Set<MonitoringState> from, MonitoringState to,
                   boolean commentRequired) {
        this.label = label;
        this.english = english;
        this.pastTense = pastTense;
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

    String pastTense() {
        return pastTense;
    }

    TargetsStep.Side side() {
        return side;
    }

    boolean allowedIn(MonitoringState state) {
        return from.contains(state);
    }

    MonitoringState to() {
        return to;
    }

    boolean commentRequired() {
        return commentRequired;
    }
}
