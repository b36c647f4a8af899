package cn.jixiao.contracts.evaluation;

import java.util.List;

import cn.jixiao.contracts.EventType;

/**
 * The events evaluation-service publishes on {@link cn.jixiao.contracts.Topics#EVALUATION_EVENTS}, keyed by the
 * project id. Every evaluation event carries the whole {@link EvaluationSnapshot}, with the full score breakdown.
 */
public final class EvaluationEvents {

    public static final EventType<TemplatePublished> TEMPLATE_PUBLISHED =
            new EventType<>("TemplatePublished", 1, TemplatePublished.class);

    /** A district chose its template version; keyed by the district id, not a project. */
    public static final EventType<TemplateChosen> TEMPLATE_CHOSEN =
            new EventType<>("TemplateChosen", 1, TemplateChosen.class);

    /** The score changed: recomputed from new project data, a self-grade, a survey, or a 复核分. */
    public static final EventType<EvaluationSnapshot> EVALUATION_SCORED =
            new EventType<>("EvaluationScored", 1, EvaluationSnapshot.class);

    /** The street's approver submitted the evaluation to the district. */
    public static final EventType<EvaluationSnapshot> EVALUATION_SUBMITTED =
            new EventType<>("EvaluationSubmitted", 1, EvaluationSnapshot.class);

    /** The district took the submitted evaluation under review. */
    public static final EventType<EvaluationSnapshot> EVALUATION_REVIEW_STARTED =
            new EventType<>("EvaluationReviewStarted", 1, EvaluationSnapshot.class);

    /** The district returned it to the street with comments. */
    public static final EventType<EvaluationSnapshot> EVALUATION_RETURNED =
            new EventType<>("EvaluationReturned", 1, EvaluationSnapshot.class);

    /** The district approved it. */
    public static final EventType<EvaluationSnapshot> EVALUATION_APPROVED =
            new EventType<>("EvaluationApproved", 1, EvaluationSnapshot.class);

    /** The district finalized it; from now on it never changes, and the report is rendered. */
    public static final EventType<EvaluationSnapshot> EVALUATION_FINALIZED =
            new EventType<>("EvaluationFinalized", 1, EvaluationSnapshot.class);

    /** A finalized evaluation was reopened: the snapshot is the new round's draft. */
    public static final EventType<EvaluationSnapshot> EVALUATION_REOPENED =
            new EventType<>("EvaluationReopened", 1, EvaluationSnapshot.class);

    /**
     * Every event that carries an evaluation's whole snapshot, one per workflow step: a reader that keeps the newest
     * snapshot handles them all alike.
     */
    public static final List<EventType<EvaluationSnapshot>> SNAPSHOTS = List.of(EVALUATION_SCORED,
            EVALUATION_SUBMITTED, EVALUATION_REVIEW_STARTED, EVALUATION_RETURNED, EVALUATION_APPROVED,
            EVALUATION_FINALIZED, EVALUATION_REOPENED);

    private EvaluationEvents() {
    }
}
