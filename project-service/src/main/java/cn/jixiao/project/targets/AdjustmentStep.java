package cn.jixiao.project.targets;

import java.util.EnumSet;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.review.ReviewStep;
import cn.jixiao.project.review.Side;
import cn.jixiao.project.review.Subject;

import static cn.jixiao.project.indicators.TargetsState.APPROVED;

/**
 * The steps of a 目标调整 of approved targets: the street files a request with its reason and the proposed tree, the
 * district approves it (the proposed targets are in force from then on) or returns it with a comment (the targets in
 * force stay). Each starts from approved targets and leaves them approved; whether a request is open decides the
 * rest ({@link AdjustmentPolicy}). A request's required text is its reason (调整原因), a return's its comment.
 */
public enum AdjustmentStep implements ReviewStep<TargetsState> {

    /** 申请调整: the street files a request; the approved targets must be in force and no other request open. */
    REQUEST(new Rule<>("申请目标调整", "request an adjustment of", "requested", Side.STREET, EnumSet.of(APPROVED),
            APPROVED, true)),
    /** 批准调整: the district approves the open request. */
    APPROVE(new Rule<>("批准目标调整", "approve the adjustment of", "approved", Side.DISTRICT, EnumSet.of(APPROVED),
            APPROVED, false)),
    /** 退回调整: the district returns the open request; the comment says why. */
    RETURN(new Rule<>("退回目标调整", "return the adjustment of", "returned", Side.DISTRICT, EnumSet.of(APPROVED),
            APPROVED, true));

    /** How the refusals of these steps name what they are about: the verbs above say "… of the targets". */
    static final Subject SUBJECT = new Subject("目标调整", "the targets", "The targets", true, "退回的原因", "why");

    private final Rule<TargetsState> rule;

    AdjustmentStep(Rule<TargetsState> rule) {
        this.rule = rule;
    }

    @Override
    public Rule<TargetsState> rule() {
        return rule;
    }
}
