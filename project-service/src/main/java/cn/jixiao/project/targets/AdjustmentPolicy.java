package cn.jixiao.project.targets;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.project.review.ReviewPolicy.Verdict;
import cn.jixiao.project.review.Side;
import cn.jixiao.tenancy.TenantAccess;

/**
 * What a 目标调整 adds to the shared {@link ReviewPolicy}: its sides and order of refusals are the shared ones (the
 * project's street files, the district's overseer approves or returns, an auditor takes no step; role, then moment,
 * then text), its moment is its own. Plain Java, specified by unit tests.
 * <ul>
 *   <li>A request only while the targets are approved (before, the street changes its draft or waits for the
 *       district's return) and while no other request is open: at most one per project at a time.</li>
 *   <li>An approval or a return only while a request is open.</li>
 *   <li>A request says why (调整原因), a return says why too; an approval's comment is optional.</li>
 * </ul>
 */
public final class AdjustmentPolicy {

    private AdjustmentPolicy() {
    }

    public static Verdict<TargetsState> decide(AdjustmentStep step, TenantAccess actor, TargetsState state,
                                               boolean requestOpen, String text) {
        if (!ReviewPolicy.mayAct(step.side(), actor)) {
            return Verdict.refused(Outcome.WRONG_ROLE, state, ReviewPolicy.onlyBy(step.side(), AdjustmentStep.SUBJECT,
                    step.side() == Side.STREET ? "申请" : "「" + step.label().substring(0, 2) + "」", step.english()));
        }
        if (step == AdjustmentStep.REQUEST && !step.allowedIn(state)) {
            return Verdict.refused(Outcome.NOT_NOW, state, Bilingual.of("绩效目标当前为「" + state.label()
                            + "」，只有已批复的绩效目标才能申请目标调整" + (state.locksTargets() ? "" : "，未批复前可直接修改"),
                    "The targets are " + state.english() + "; only approved targets are adjusted by a request"
                            + (state.locksTargets() ? "" : ", until then they can be changed directly")));
        }
        if (step == AdjustmentStep.REQUEST && requestOpen) {
            return Verdict.refused(Outcome.NOT_NOW, state, Bilingual.of("已有一项目标调整申请待区审核，审核后才能再次申请",
                    "An adjustment request is already with the district; file another once it is decided"));
        }
        if (step != AdjustmentStep.REQUEST && !requestOpen) {
            return Verdict.refused(Outcome.NOT_NOW, state,
                    Bilingual.of("没有待审核的目标调整申请", "No adjustment request is open"));
        }
        if (step.commentRequired() && ReviewPolicy.blank(text)) {
            return Verdict.refused(Outcome.COMMENT_REQUIRED, state, step == AdjustmentStep.REQUEST
                    ? Bilingual.of("申请目标调整须填写调整原因", "An adjustment request needs its reason")
                    : Bilingual.of("退回目标调整须填写意见，说明退回的原因", "A return of an adjustment needs a comment saying why"));
        }
        return Verdict.allowed(state);
    }
}
