package cn.jixiao.project.monitoring;

import java.util.EnumSet;

import cn.jixiao.project.review.ReviewStep;
import cn.jixiao.project.review.Side;
import cn.jixiao.project.review.Subject;

import static cn.jixiao.project.monitoring.MonitoringState.APPROVED;
import static cn.jixiao.project.monitoring.MonitoringState.FILLED;
import static cn.jixiao.project.monitoring.MonitoringState.NOT_STARTED;
import static cn.jixiao.project.monitoring.MonitoringState.RETURNED;
import static cn.jixiao.project.monitoring.MonitoringState.SUBMITTED;

/**
 * The steps of a 绩效监控表: which side takes each (the project's street or its district, as for the targets), from
 * which states, where it leads, and whether it needs a comment. {@link cn.jixiao.project.review.ReviewPolicy}
 * answers "may I?" from it; filling the form, which is no step, is {@link MonitoringPolicy}'s.
 */
public enum MonitoringStep implements ReviewStep<MonitoringState> {

    /** 提交: the street sends the form, every red and yellow line explained. */
    SUBMIT(new Rule<>("提交", "submit", "submitted", Side.STREET, EnumSet.of(NOT_STARTED, FILLED, RETURNED),
            SUBMITTED, false)),
    /** 审核通过: the district accepts it. */
    APPROVE(new Rule<>("审核通过", "approve", "approved", Side.DISTRICT, EnumSet.of(SUBMITTED), APPROVED, false)),
    /** 退回: the district sends it back; the comment says what to change. */
    RETURN(new Rule<>("退回", "return", "returned", Side.DISTRICT, EnumSet.of(SUBMITTED), RETURNED, true));

    /** How the refusals of these steps name what they are about. */
    static final Subject SUBJECT = new Subject("绩效监控表", "the monitoring form", "The monitoring form", false,
            "需要修改的内容", "what to change");

    private final Rule<MonitoringState> rule;

    MonitoringStep(Rule<MonitoringState> rule) {
        this.rule = rule;
    }

    @Override
    public Rule<MonitoringState> rule() {
        return rule;
    }
}
