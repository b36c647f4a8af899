package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Every change a person makes to a self-evaluation: the street's self-assessment, the workflow steps, the
 * district's 复核分, reopening. Each is checked in the same order (visible? right role? possible in this status?
 * on the version the person read?) and stored as one write of the evaluation with its history entry, its
 * recomputed score and the event that reports it.
 */
@Service
public class EvaluationWorkflow {

    private final SelfEvaluations evaluations;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Clock clock;

    EvaluationWorkflow(SelfEvaluations evaluations, EvaluationAccess access, EvaluationScoring scoring, Clock clock) {
        this.evaluations = evaluations;
        this.access = access;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** The street's editor replaces the self-assessment; the score is recomputed in the same write. */
    public Mono<SelfEvaluation> assess(TenantAccess actor, String id, AssessSelf request) {
        return access.forStep(actor, id, WorkflowStep.SELF_ASSESS, request.version())
                .flatMap(evaluation -> scoring.templateFor(evaluation).flatMap(template -> {
                    SelfAssessment assessment = request.assessment();
                    SelfAssessmentCheck.check(assessment, evaluation.inputs().indicators(), evaluation.inputs().actuals(),
                            template.qualitativeBands());
                    return scoring.rescore(evaluation, evaluation.inputs(), assessment);
                }))
                .map(rescored -> rescored.after(WorkflowStep.SELF_ASSESS, actor.username(), null, clock.instant()))
                .flatMap(evaluations::save);
    }

    /**
     * A workflow step that moves the evaluation on: submit, start review, return, approve, finalize. Submitting
     * is refused while anything blocks it; returning needs the reviewer's comments and brings the project's
     * newer data, if any arrived meanwhile, into the score the street then works on.
     */
    public Mono<SelfEvaluation> take(TenantAccess actor, String id, WorkflowStep step, TakeStep request) {
        return access.forStep(actor, id, step, request.version())
                .flatMap(evaluation -> {
                    if (step.commentRequired() && request.commentOrNull() == null) {
                        return Mono.error(commentRequired(step));
                    }
                    if (step == WorkflowStep.SUBMIT) {
                        SubmissionRefusal.check(evaluation);
                    }
                    if (step == WorkflowStep.RETURN && evaluation.projectDataChangedSinceScored()) {
                        return scoring.rescore(evaluation, evaluation.latestInputs(), evaluation.assessment());
                    }
                    return Mono.just(evaluation);
                })
                .map(evaluation -> evaluation.after(step, actor.username(), request.commentOrNull(), clock.instant()))
                .flatMap(evaluations::save);
    }

    /** The reviewer sets the 复核分 of one line; the review total and its grade are recomputed in the same write. */
    public Mono<SelfEvaluation> setReviewScore(TenantAccess actor, String id, SetReviewScore request) {
        Instant now = clock.instant();
        return access.forStep(actor, id, WorkflowStep.REVIEW_SCORE, request.version())
                .flatMap(evaluation -> scoring.templateFor(evaluation).map(template -> {
                    ScoreCard card = evaluation.scoreCard();
                    BigDecimal score = ReviewScoreRange.checked(card, request.indicatorId(), request.score());
                    List<ReviewScore> reviews = new ArrayList<>(evaluation.reviewScores().stream()
                            .filter(review -> !sameLine(review, request.indicatorId()))
                            .toList());
                    reviews.add(new ReviewScore(request.indicatorId(), score, request.reason().strip(), actor.username(), now));
                    ReviewTotal total = ReviewTotal.of(template.gradeBands(), card, reviews).orElse(null);
                    return evaluation.reviewed(reviews, total)
                            .after(WorkflowStep.REVIEW_SCORE, actor.username(), request.reason().strip(), now);
                }))
                .flatMap(evaluations::save);
    }

    /**
     * Reopens a finalized evaluation as the next round: a new draft with the project's latest data and the
     * street's self-assessment, scored afresh. The finalized round is not touched; a second reopening of it
     * fails on the unique project-and-round index.
     */
    public Mono<SelfEvaluation> reopen(TenantAccess actor, String id, TakeStep request) {
        Instant now = clock.instant();
        return access.forStep(actor, id, WorkflowStep.REOPEN, request.version())
                .flatMap(finalized -> evaluations.latestVisible(actor, finalized.projectId())
                        .filter(latest -> latest.id().equals(finalized.id()))
                        .switchIfEmpty(Mono.error(() -> laterRoundExists(finalized)))
                        .thenReturn(finalized))
                .flatMap(finalized -> {
                    SelfEvaluation next = finalized.nextRound(UUID.randomUUID().toString(), now);
                    return scoring.rescore(next, next.inputs(), next.assessment());
                })
                .map(next -> next.after(WorkflowStep.REOPEN, actor.username(), request.commentOrNull(), now))
                .flatMap(evaluations::insert);
    }

    private static boolean sameLine(ReviewScore review, String indicatorId) {
        return indicatorId == null ? review.isExecutionLine() : indicatorId.equals(review.indicatorId());
    }

    private static ProblemException commentRequired(WorkflowStep step) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "comment-required",
                Bilingual.of("请填写意见", "Comment required"),
                Bilingual.of("「" + step.zh() + "」须说明理由，请填写意见", "To " + step.en() + ", write the reasons in the comment"));
    }

    private static ProblemException laterRoundExists(SelfEvaluation evaluation) {
        return new ProblemException(HttpStatus.CONFLICT, "later-round-exists",
                Bilingual.of("已有更新一轮自评", "A later round exists"),
                Bilingual.of("第 " + evaluation.round() + " 轮自评已重新开启过，请在最新一轮上操作",
                        "Round " + evaluation.round() + " was already reopened; work on the latest round"))
                .with("evaluationStatus", evaluation.status());
    }
}
