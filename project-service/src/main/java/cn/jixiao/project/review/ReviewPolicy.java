package cn.jixiao.project.review;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who may take which step of a review, and when, for every workflow of the service (绩效目标, 目标调整, 绩效监控表,
 * 整改事项): plain Java, specified by unit tests without a service around them. The refusals come in one order: the
 * caller's side first (403: the street's editor or approver, the district's overseer, an auditor never), then the
 * moment (409: a state the step starts from), then the comment a step needs (400). Whether the caller sees the
 * subject at all is settled before, by the tenant check of the read: another street's is "not found", never
 * "forbidden".
 */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    public enum Outcome {
        ALLOWED,
        /** the caller's role (or side) does not take this step: 403 */
        WRONG_ROLE,
        /** the subject is not in a state this step starts from: 409 */
        NOT_NOW,
        /** a step that needs a comment (or a reason) without one: 400 */
        COMMENT_REQUIRED
    }

    /** What the policy says about one step: allowed (with the state after it), or refused and why. */
    public record Verdict<S>(Outcome outcome, S next, Bilingual reason) {

        public static <S> Verdict<S> allowed(S next) {
            return new Verdict<>(Outcome.ALLOWED, next, null);
        }

        public static <S> Verdict<S> refused(Outcome outcome, S current, Bilingual reason) {
            return new Verdict<>(outcome, current, reason);
        }

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    public static <S extends ReviewState> Verdict<S> decide(ReviewStep<S> step, TenantAccess actor, S current,
                                                            String comment, Subject subject) {
        if (!mayAct(step.side(), actor)) {
            return Verdict.refused(Outcome.WRONG_ROLE, current,
                    onlyBy(step.side(), subject, "「" + step.label() + "」", step.english()));
        }
        if (!step.allowedIn(current)) {
            return Verdict.refused(Outcome.NOT_NOW, current, Bilingual.of(
                    subject.zh() + "当前为「" + current.label() + "」，不能" + step.label(),
                    subject.enDefinite() + (subject.plural() ? " are " : " is ") + current.english() + "; "
                            + (subject.plural() ? "they" : "it") + " cannot be " + step.pastTense() + " now"));
        }
        if (step.commentRequired() && blank(comment)) {
            return Verdict.refused(Outcome.COMMENT_REQUIRED, current, Bilingual.of(
                    step.label() + "须填写意见，说明" + subject.commentSays(),
                    "A " + step.english() + " needs a comment saying " + subject.commentSaysEn()));
        }
        return Verdict.allowed(step.to());
    }

    /** Whether the caller acts for this side ({@link Side#actedForBy}). */
    public static boolean mayAct(Side side, TenantAccess actor) {
        return side.actedForBy(actor);
    }

    /**
     * The 403's reason: who takes this step of this subject.
     *
     * @param step    the step in Chinese as the sentence needs it: 「提交」, or 申请
     * @param english the verb in English: "submit"
     */
    public static Bilingual onlyBy(Side side, Subject subject, String step, String english) {
        return side == Side.STREET
                ? Bilingual.of(subject.zh() + "只能由本街道的填报或审核人员" + step,
                "Only the street's editors or approvers may " + english + " " + subject.en())
                : Bilingual.of(subject.zh() + "只能由区复核人员" + step,
                "Only the district's overseer may " + english + " " + subject.en());
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
