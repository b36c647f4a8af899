package cn.jixiao.project.targets;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who may take which step of a 目标调整, and when. Plain Java, specified by unit tests, like {@link TargetsPolicy}
 * whose sides it shares: the project's street (editor or approver) files, the district's overseer approves or
 * returns, an auditor takes no step. Whether the caller sees the project at all is settled before (404).
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

    public static TargetsPolicy.Verdict decide(AdjustmentStep step, TenantAccess actor, TargetsState state,
                                               boolean requestOpen, String text) {
        if (!TargetsPolicy.mayAct(step.side(), actor)) {
            return new TargetsPolicy.Verdict(TargetsPolicy.Outcome.WRONG_ROLE, state,
                    step.side() == TargetsStep.Side.STREET
                            ? Bilingual.of("目标调整只能由本街道的填报或审核人员申请",
                            "Only the street's editors or approvers may request an adjustment of the targets")
                            : Bilingual.of("目标调整只能由区复核人员「" + step.label().substring(0, 2) + "」",
                            "Only the district's overseer may " + step.english() + " the targets"));
        }
        if (step == AdjustmentStep.REQUEST && state != TargetsState.APPROVED) {
            return notNow(state, Bilingual.of("绩效目标当前为「" + state.label() + "」，只有已批复的绩效目标才能申请目标调整"
                            + (state.locksTargets() ? "" : "，未批复前可直接修改"),
                    "The targets are " + state.english() + "; only approved targets are adjusted by a request"
                            + (state.locksTargets() ? "" : ", until then they can be changed directly")));
        }
        if (step == AdjustmentStep.REQUEST && requestOpen) {
            return notNow(state, Bilingual.of("已有一项目标调整申请待区审核，审核后才能再次申请",
                    "An adjustment request is already with the district; file another once it is decided"));
        }
        if (step != AdjustmentStep.REQUEST && !requestOpen) {
            return notNow(state, Bilingual.of("没有待审核的目标调整申请", "No adjustment request is open"));
        }
        if (step.textRequired() && (text == null || text.isBlank())) {
            return new TargetsPolicy.Verdict(TargetsPolicy.Outcome.COMMENT_REQUIRED, state,
                    step == AdjustmentStep.REQUEST
                            ? Bilingual.of("申请目标调整须填写调整原因", "An adjustment request needs its reason")
                            : Bilingual.of("退回目标调整须填写意见，说明退回的原因",
                            "A return of an adjustment needs a comment saying why"));
        }
        return new TargetsPolicy.Verdict(TargetsPolicy.Outcome.ALLOWED, state, null);
    }

    private static TargetsPolicy.Verdict notNow(TargetsState state, Bilingual reason) {
        return new TargetsPolicy.Verdict(TargetsPolicy.Outcome.NOT_NOW, state, reason);
    }
}
