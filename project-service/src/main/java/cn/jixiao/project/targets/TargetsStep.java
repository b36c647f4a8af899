package cn.jixiao.project.targets;

import java.util.EnumSet;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.review.ReviewStep;
import cn.jixiao.project.review.Side;
import cn.jixiao.project.review.Subject;

import static cn.jixiao.project.indicators.TargetsState.APPROVED;
import static cn.jixiao.project.indicators.TargetsState.DRAFT;
import static cn.jixiao.project.indicators.TargetsState.RETURNED;
import static cn.jixiao.project.indicators.TargetsState.SUBMITTED;

/**
 * The steps of the 绩效目标申报与审核: which side takes each (the project's street or its district), from which states,
 * where it leads, and whether it needs a comment. {@link cn.jixiao.project.review.ReviewPolicy} answers "may I?"
 * from this table.
 */
public enum TargetsStep implements ReviewStep<TargetsState> {

    /** 提交: the street sends its targets to the district; they do not change until returned. */
    SUBMIT(new Rule<>("提交", "submit", "submitted", Side.STREET, EnumSet.of(DRAFT, RETURNED), SUBMITTED, false)),
    /** 退回: the district sends them back; the comment says what to change. */
    RETURN(new Rule<>("退回", "return", "returned", Side.DISTRICT, EnumSet.of(SUBMITTED), RETURNED, true)),
    /** 批复: the district approves them; they are the targets in force and stay locked. */
    APPROVE(new Rule<>("批复", "approve", "approved", Side.DISTRICT, EnumSet.of(SUBMITTED), APPROVED, false));

    /** How the refusals of these steps name what they are about. */
    public static final Subject SUBJECT = new Subject("绩效目标", "the targets", "The targets", true, "需要修改的内容",
            "what to change");

    private final Rule<TargetsState> rule;

    TargetsStep(Rule<TargetsState> rule) {
        this.rule = rule;
    }

    @Override
    public Rule<TargetsState> rule() {
        return rule;
    }

    /** The step a history entry records: the one that leads to its state. */
    public static TargetsStep leadingTo(TargetsState state) {
        for (TargetsStep step : values()) {
            if (step.to() == state) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step leads to " + state);
    }
}
