package cn.jixiao.project.rectification;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.targets.TargetsPolicy;
import cn.jixiao.project.targets.TargetsStep;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who opens a 整改 item and takes which step, and when; plain Java, specified by its unit tests. The district's
 * overseer opens items by hand and confirms or sends back; the street's editor or approver answers. An auditor
 * reads every item and writes nothing, the platform's rule, although issue #15 mentions auditors adding items.
 * Whether the caller sees the project at all is settled before (404).
 */
final class RectificationPolicy {

    private RectificationPolicy() {
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

    static Verdict decide(RectificationStep step, TenantAccess actor, RectificationState current, String comment) {
        if (!TargetsPolicy.mayAct(step.side(), actor)) {
            return new Verdict(Outcome.WRONG_ROLE, step.side() == TargetsStep.Side.STREET
                    ? Bilingual.of("整改事项只能由本街道的填报或审核人员「" + step.label() + "」",
                    "Only the street's editors or approvers may " + step.english() + " a rectification item")
                    : Bilingual.of("整改事项只能由区复核人员「" + step.label() + "」",
                    "Only the district's overseer may " + step.english() + " a rectification item"));
        }
        if (!step.allowedIn(current)) {
            return new Verdict(Outcome.NOT_NOW, Bilingual.of(
                    "整改事项当前为「" + current.label() + "」，不能" + step.label(),
                    "The rectification item is " + current.english() + "; it cannot be " + step.pastTense() + " now"));
        }
        if (step.commentRequired() && (comment == null || comment.isBlank())) {
            return new Verdict(Outcome.COMMENT_REQUIRED, Bilingual.of(step.label() + "须填写意见，说明仍需整改的内容",
                    "A " + step.english() + " needs a comment saying what still needs rectifying"));
        }
        return new Verdict(Outcome.ALLOWED, null);
    }

    /** Only the district's overseer opens an item by hand; the automatic ones are opened by the service. */
    static Verdict mayOpen(TenantAccess actor) {
        if (!TargetsPolicy.mayAct(TargetsStep.Side.DISTRICT, actor)) {
            return new Verdict(Outcome.WRONG_ROLE, Bilingual.of("整改事项只能由区复核人员录入",
                    "Only the district's overseer may open a rectification item"));
        }
        return new Verdict(Outcome.ALLOWED, null);
    }
}
