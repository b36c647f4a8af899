package cn.jixiao.evaluation.selfevaluation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The one check every feature of a self-evaluation (its score, history, workflow steps, surveys) runs first: the
 * evaluation exists for this caller, else 404, so another street or district cannot even learn it exists. Who may
 * change it is each feature's own rule ({@link Workflow}, the survey entry), checked after this. Lists are
 * filtered the same way: what the caller may not see is left out.
 */
@Component
public class EvaluationAccess {

    private static final Bilingual SELF_EVALUATION = Bilingual.of("绩效自评", "Self-evaluation");

    private final SelfEvaluations evaluations;

    EvaluationAccess(SelfEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    public Mono<SelfEvaluation> readable(TenantAccess access, String evaluationId) {
        return evaluations.findVisible(access, evaluationId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(SELF_EVALUATION, evaluationId)));
    }

    /**
     * The evaluation a person's step changes: readable by the caller (else 404), the step theirs to take in its
     * status ({@link Workflow}: 403 or 409), and still at the version their request was based on (else 409).
     */
    Mono<SelfEvaluation> forStep(TenantAccess actor, String evaluationId, WorkflowStep step, long versionRead) {
        return readable(actor, evaluationId).map(evaluation -> {
            Workflow.take(step, actor, evaluation.status());
            if (evaluation.version() == null || evaluation.version() != versionRead) {
                throw new OptimisticLockingFailureException("Self-evaluation " + evaluationId + " is at version "
                        + evaluation.version() + ", the request was based on " + versionRead);
            }
            return evaluation;
        });
    }

    /** The evaluations the caller may see, of one project or of all. */
    public Flux<SelfEvaluation> allReadable(TenantAccess access, String projectIdOrNull) {
        return evaluations.visibleTo(access, projectIdOrNull);
    }

    /** Every round of the evaluation's project, oldest first. */
    public Flux<SelfEvaluation> roundsOf(TenantAccess access, SelfEvaluation evaluation) {
        return evaluations.roundsVisible(access, evaluation.projectId());
    }
}
