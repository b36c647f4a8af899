package cn.jixiao.evaluation.selfevaluation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
    /** How long a client waits before asking again for the evaluation of a project just registered. */
    static final int RETRY_AFTER_SECONDS = 1;

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

    /**
     * The project's current self-evaluation (its latest round), found by the project's id as soon as this service
     * has opened it. It is opened from project-service's {@code ProjectRegistered}, normally within a second of the
     * registration; until then, and for a project the caller may not see, the answer is the same 404, which says
     * that a just-registered project's evaluation is worth asking for again shortly, and nothing else.
     */
    public Mono<SelfEvaluation> currentOf(TenantAccess access, String projectId) {
        return evaluations.latestVisible(access, projectId)
                .switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.NOT_FOUND, "no-evaluation-yet",
                        Bilingual.of("未找到绩效自评", "No self-evaluation found"),
                        Bilingual.of("未找到项目 " + projectId + " 的绩效自评；项目刚登记时，自评将在数秒内开启，请稍后重试",
                                "No self-evaluation of project " + projectId + " was found; a project just registered "
                                        + "gets its self-evaluation within seconds, so ask again shortly"))
                        .with("projectId", projectId)
                        .with("retryAfterSeconds", RETRY_AFTER_SECONDS)));
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
