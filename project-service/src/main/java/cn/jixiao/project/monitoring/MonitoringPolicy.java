package cn.jixiao.project.monitoring;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.targets.TargetsPolicy;
import cn.jixiao.project.targets.TargetsStep;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who may fill a 绩效监控表 and take which step, and when; plain Java, specified by its unit tests. The sides are the
 * targets' ({@link TargetsPolicy#mayAct}): the street's editor or approver submits, the district's overseer approves
 * or returns (with a comment); an auditor takes no step. Filling is the street editor's, as every change of a
 * project's data ({@link TenantAccess#canEdit}). Whether the caller sees the project at all is settled before (404).
 */
final class MonitoringPolicy {

    private MonitoringPolicy() {
    }

    enum Outcome {
        ALLOWED,
        /** 403 */
        WRONG_ROLE,
        /** 409 */
        NOT_NOW,
        /** 400 */
        COMMENT_REQUIRED
    }

    record Verdict(Outcome outcome, Bilingual reason) {
    }

    static Verdict decide(MonitoringStep step, TenantAccess actor, MonitoringState current, String comment) {
        if (!TargetsPolicy.mayAct(step.side(), actor)) {
            return new Verdict(Outcome.WRONG_ROLE, step.side() == TargetsStep.Side.STREET
                    ? Bilingual.of("绩效监控表只能由本街道的填报或审核人员「" + step.label() + "」",
                    "Only the street's editors or approvers may " + step.english() + " the monitoring form")
                    : Bilingual.of("绩效监控表只能由区复核人员「" + step.label() + "」",
                    "Only the district's overseer may " + step.english() + " the monitoring form"));
        }
        if (!step.allowedIn(current)) {
            return new Verdict(Outcome.NOT_NOW, Bilingual.of(
                    "绩效监控表当前为「" + current.label() + "」，不能" + step.label(),
                    "The monitoring form is " + current.english() + "; it cannot be " + step.pastTense() + " now"));
        }
        if (step.commentRequired() && (comment == null || comment.isBlank())) {
            return new Verdict(Outcome.COMMENT_REQUIRED, Bilingual.of(step.label() + "须填写意见，说明需要修改的内容",
                    "A " + step.english() + " needs a comment saying what to change"));
        }
        return new Verdict(Outcome.ALLOWED, null);
    }

    /** The street's editor fills the form, while it is not with the district. */
    static Verdict mayFill(TenantAccess actor, String districtId, String streetId, MonitoringState current) {
        if (!actor.canEdit(districtId, streetId)) {
            return new Verdict(Outcome.WRONG_ROLE, Bilingual.of("绩效监控表只能由本街道的填报人员填写",
                    "Only the street's editors may fill the monitoring form"));
        }
        if (!current.editable()) {
            return new Verdict(Outcome.NOT_NOW, Bilingual.of("绩效监控表当前为「" + current.label() + "」，不能修改",
                    "The monitoring form is " + current.english() + "; it cannot be changed now"));
        }
        return new Verdict(Outcome.ALLOWED, null);
    }
}
