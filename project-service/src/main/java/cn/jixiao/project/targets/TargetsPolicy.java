package cn.jixiao.project.targets;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who may take which step of the targets' approval, and when. Plain Java on purpose: the rules are specified by
 * unit tests without a service around them. Whether the caller sees the project at all (its own street, its own
 * district) is settled before, by the tenant check of the read: another street's or district's project is "not
 * found", never "forbidden".
 * <ul>
 *   <li>The project's street submits: an editor or an approver of the street (the two roles a street writes with).</li>
 *   <li>The district's overseer returns, with a comment saying what to change, or approves.</li>
 *   <li>An auditor takes no step, whatever other role the same account holds ({@link TenantAccess#writesAs}).</li>
 * </ul>
 */
public final class TargetsPolicy {

    private TargetsPolicy() {
    }

    /** What the policy says about one step: allowed (with the state after it), or refused and why. */
    public record Verdict(Outcome outcome, TargetsState next, Bilingual reason) {

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    public enum Outcome {
        ALLOWED,
        /** the caller's role (or side) does not take this step: 403 */
        WRONG_ROLE,
        /** the targets are not in a state this step starts from: 409 */
        NOT_NOW,
        /** a return without a comment: 400 */
        COMMENT_REQUIRED
    }

    public static Verdict decide(TargetsStep step, TenantAccess actor, TargetsState current, String comment) {
        if (!mayTake(step, actor)) {
            return new Verdict(Outcome.WRONG_ROLE, current, step.side() == TargetsStep.Side.STREET
                    ? Bilingual.of("绩效目标只能由本街道的填报或审核人员「" + step.label() + "」",
                    "Only the street's editors or approvers may " + step.english() + " the targets")
                    : Bilingual.of("绩效目标只能由区复核人员「" + step.label() + "」",
                    "Only the district's overseer may " + step.english() + " the targets"));
        }
        if (!step.allowedIn(current)) {
            return new Verdict(Outcome.NOT_NOW, current, Bilingual.of(
                    "绩效目标当前为「" + current.label() + "」，不能" + step.label(),
                    "The targets are " + current.english() + "; they cannot be " + pastTense(step) + " now"));
        }
        if (step.commentRequired() && (comment == null || comment.isBlank())) {
            return new Verdict(Outcome.COMMENT_REQUIRED, current, Bilingual.of(
                    step.label() + "须填写意见，说明需要修改的内容",
                    "A " + step.english() + " needs a comment saying what to change"));
        }
        return new Verdict(Outcome.ALLOWED, step.to(), null);
    }

    static boolean mayTake(TargetsStep step, TenantAccess actor) {
        return mayAct(step.side(), actor);
    }

    /** Whether the caller acts for this side: the street's editor or approver, or the district's overseer. */
    public static boolean mayAct(TargetsStep.Side side, TenantAccess actor) {
        return switch (side) {
            case STREET -> actor.isStreetUser()
                    && (actor.writesAs(Role.STREET_EDITOR) || actor.writesAs(Role.STREET_APPROVER));
            case DISTRICT -> !actor.isStreetUser() && actor.writesAs(Role.DISTRICT_OVERSEER);
        };
    }

    private static String pastTense(TargetsStep step) {
        return switch (step) {
            case SUBMIT -> "submitted";
            case RETURN -> "returned";
            case APPROVE -> "approved";
        };
    }
}
