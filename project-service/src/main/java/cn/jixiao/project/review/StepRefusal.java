package cn.jixiao.project.review;

import java.util.Map;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * How a refused step answers, for every workflow, in the one order they share: the caller's role (403, naming the
 * step), the version the person read (409 by the optimistic lock), the moment (409 {@code <subject>-step-not-
 * allowed-now} with where the subject stands), the text the step needs (400 {@code comment-required}, or
 * {@code reason-required} for a 目标调整 request).
 *
 * @param step        the step, named in the 403; {@code null} for a change that is not a step (filling a form)
 * @param notNowCode  the 409's code
 * @param notNowTitle the 409's title
 * @param standing    where the subject stands, added to the 409: its state and the state's label
 * @param textCode    the 400's code
 * @param textMissing the 400's title
 */
public record StepRefusal(Object step, String notNowCode, Bilingual notNowTitle, Map<String, Object> standing,
                          String textCode, Bilingual textMissing) {

    public static final Bilingual COMMENT_REQUIRED = Bilingual.of("请填写意见", "Comment required");

    /** A refusal of a step that needs a comment: {@code <subject>-step-not-allowed-now} and {@code comment-required}. */
    public static StepRefusal of(Object step, String subjectCode, Bilingual notNowTitle, Map<String, Object> standing) {
        return new StepRefusal(step, subjectCode + "-step-not-allowed-now", notNowTitle, standing, "comment-required",
                COMMENT_REQUIRED);
    }

    /** The same refusal with another 400: a 目标调整 request's reason. */
    public StepRefusal needing(String code, Bilingual title) {
        return new StepRefusal(step, notNowCode, notNowTitle, standing, code, title);
    }

    /** 403 for the wrong role; nothing else is checked, for a write that starts from no version (a new item). */
    public static void unlessMayAct(ReviewPolicy.Verdict<?> verdict, Object step) {
        if (verdict.outcome() == ReviewPolicy.Outcome.WRONG_ROLE) {
            ProblemException forbidden = ProblemException.forbidden(verdict.reason());
            throw step == null ? forbidden : forbidden.with("step", step);
        }
    }

    /**
     * Throws the refusal, if any, in the order above.
     *
     * @param changedMeanwhile what the 409 of the optimistic lock says in the log: "monitoring form x"
     */
    public void unlessAllowed(ReviewPolicy.Verdict<?> verdict, Long versionRead, Long versionNow,
                              String changedMeanwhile) {
        unlessMayAct(verdict, step);
        if (!Objects.equals(versionRead, versionNow)) {
            throw new OptimisticLockingFailureException(changedMeanwhile + " changed meanwhile");
        }
        switch (verdict.outcome()) {
            case NOT_NOW -> {
                ProblemException conflict = new ProblemException(HttpStatus.CONFLICT, notNowCode, notNowTitle,
                        verdict.reason());
                standing.forEach(conflict::with);
                throw conflict;
            }
            case COMMENT_REQUIRED -> throw new ProblemException(HttpStatus.BAD_REQUEST, textCode, textMissing,
                    verdict.reason());
            default -> {
            }
        }
    }
}
