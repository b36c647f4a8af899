package cn.jixiao.project.targets;

import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.indicators.IndicatorSystem;

/**
 * How a step on the targets is refused, the approval's ({@link TargetsStep}) and a 目标调整's ({@link AdjustmentStep})
 * alike, in the one order they share: the caller's role (403), the version read (409), the moment (409
 * {@code targets-step-not-allowed-now}, with where the targets stand), the text the step needs (400).
 *
 * @param step        the step, named in the 403
 * @param notNow      the 409's title
 * @param textCode    the 400's code: {@code comment-required}, or {@code reason-required} for a request
 * @param textMissing the 400's title
 */
record StepRefusal(Object step, Bilingual notNow, String textCode, Bilingual textMissing) {

    void unlessAllowed(TargetsPolicy.Verdict verdict, Long versionRead, IndicatorSystem current) {
        if (verdict.outcome() == TargetsPolicy.Outcome.WRONG_ROLE) {
            throw ProblemException.forbidden(verdict.reason()).with("step", step);
        }
        if (!Objects.equals(versionRead, current.version())) {
            throw new OptimisticLockingFailureException("targets of " + current.projectId() + " changed meanwhile");
        }
        switch (verdict.outcome()) {
            case NOT_NOW -> throw new ProblemException(HttpStatus.CONFLICT, "targets-step-not-allowed-now", notNow,
                    verdict.reason())
                    .with("targetsState", current.targets().state())
                    .with("targetsStateLabel", current.targets().state().label())
                    .with("adjustmentOpen", current.targets().openAdjustment().isPresent());
            case COMMENT_REQUIRED -> throw new ProblemException(HttpStatus.BAD_REQUEST, textCode, textMissing,
                    verdict.reason());
            default -> {
            }
        }
    }
}
