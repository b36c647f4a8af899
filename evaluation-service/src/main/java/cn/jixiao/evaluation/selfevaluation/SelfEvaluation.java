package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's performance self-evaluation (绩效自评) in one round. One is opened as a draft as soon as the project
 * is registered, from the facts carried by the event, so this service never asks project-service. Every change
 * (new project data, the street's self-assessment, a 复核分, a workflow step) is one write of this document,
 * together with the recomputed score and the event that reports it ({@code outbox}).
 *
 * <p>Its state is kept in parts, so that a change replaces the part it concerns: the project's facts (top level,
 * where the tenant filter, the indexes and the overview read them), the {@link SelfScore}, the district's
 * {@link Review} and the {@link WorkflowState}. The HTTP API answers with {@link SelfEvaluationView}, never this.
 *
 * @param id          the evaluation's id; each round has its own
 * @param projectId   the project it evaluates
 * @param round       1 for the first evaluation; reopening a finalized one starts the next round
 * @param districtId  the project's district
 * @param tenantId    the project's street
 * @param projectCode the project's code, {@code null} until the registration arrives
 * @param projectName the project's name, {@code null} until the registration arrives
 * @param year        the budget year, 0 until the registration arrives
 * @param openedAt    when this round was opened
 * @param template    the template version that scores this evaluation, recorded when the draft is opened (the
 *                    district's choice then), so that changing a template or the choice never changes it;
 *                    {@code null} for a draft opened by a scoring event, which records it when first scored;
 *                    the district's overseer may set another one while it is a draft (ADR 0008), and the next
 *                    round carries it over
 * @param selfScore   the street's self-score and what it is computed from
 * @param review      the district's 复核分 and review total
 * @param workflow    the status and every step taken
 * @param version     optimistic lock; the revision of the evaluation's events
 * @param outbox      events waiting to be relayed to Kafka
 */
@Document(SelfEvaluation.COLLECTION)
@CompoundIndex(name = "project_round_unique", def = "{'projectId': 1, 'round': 1}", unique = true)
@CompoundIndex(name = "district_street_year", def = "{'districtId': 1, 'tenantId': 1, 'year': 1}")
public record SelfEvaluation(
        @Id String id,
        String projectId,
        int round,
        String districtId,
        String tenantId,
        String projectCode,
        String projectName,
        int year,
        Instant openedAt,
        TemplateRef template,
        SelfScore selfScore,
        Review review,
        WorkflowState workflow,
        @Version Long version,
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    public static final String COLLECTION = "self_evaluations";

    public SelfEvaluation {
        selfScore = selfScore == null ? SelfScore.NONE : selfScore;
        review = review == null ? Review.NONE : review;
        workflow = workflow == null ? WorkflowState.draft() : workflow;
        outbox = HasOutbox.kept(outbox);
    }

    public EvaluationStatus status() {
        return workflow.status();
    }

    /** The inputs the score was computed from; none before the first scoring event. */
    public ScoringInputs inputs() {
        return selfScore.inputs();
    }

    /** The project's latest data: the inputs waiting while the score is frozen, else the scored ones. */
    public ScoringInputs latestInputs() {
        return selfScore.latestInputs();
    }

    public SelfAssessment assessment() {
        return selfScore.assessment();
    }

    public List<Survey> surveys() {
        return selfScore.surveys();
    }

    public ScoreCard scoreCard() {
        return selfScore.card();
    }

    public BigDecimal total() {
        return scoreCard() == null ? null : scoreCard().total();
    }

    public Grade grade() {
        return scoreCard() == null ? null : scoreCard().grade();
    }

    public List<ReviewScore> reviewScores() {
        return review.scores();
    }

    /** Project data changed after the score was frozen; it counts once the evaluation is returned or reopened. */
    public boolean projectDataChangedSinceScored() {
        return selfScore.pendingInputs() != null;
    }

    /**
     * The evaluation with its score recomputed at {@code at} from these inputs and this self-assessment under the
     * template version that scored it; nothing is pending.
     */
    SelfEvaluation scored(ScoringInputs inputs, SelfAssessment assessment, DraftScoring.Outcome outcome,
                          ReviewTotal total, TemplateRef scoredWith, Instant at) {
        return with(scoredWith, selfScore.scored(inputs, assessment, outcome, at), Review.of(review.scores(), total),
                workflow, outbox);
    }

    /** When the score was last recomputed; {@code null} before the first scoring. */
    public Instant scoredAt() {
        return selfScore.scoredAt();
    }

    /** The evaluation with its surveys changed, to be rescored before it is stored ({@link EvaluationScoring}). */
    SelfEvaluation withSurveys(List<Survey> changed) {
        return with(selfScore.withSurveys(changed));
    }

    /** The evaluation, its score unchanged, keeping newer project data for when the score follows it again. */
    SelfEvaluation withPendingInputs(ScoringInputs inputs) {
        return with(selfScore.withPendingInputs(inputs));
    }

    /** Whether the district's overseer chose this project's template (rather than the draft taking the district's). */
    boolean templateChosenForTheProject() {
        return workflow.history().stream().anyMatch(entry -> entry.step() == WorkflowStep.CHOOSE_TEMPLATE);
    }

    /** The draft to be scored under another template version; rescored before it is stored. */
    SelfEvaluation withTemplate(TemplateRef chosen) {
        return with(chosen, selfScore, review, workflow, outbox);
    }

    SelfEvaluation reviewed(List<ReviewScore> scores, ReviewTotal total) {
        return with(template, selfScore, Review.of(scores, total), workflow, outbox);
    }

    /**
     * The next round's draft, under a new id: the latest project data, the self-assessment, the surveys and the
     * template carried over, no review, no history yet. Its score is recomputed before it is stored.
     */
    SelfEvaluation nextRound(String newId, Instant at) {
        return new SelfEvaluation(newId, projectId, round + 1, districtId, tenantId, projectCode, projectName, year,
                at, template, selfScore.carriedOver(), Review.NONE, WorkflowState.draft(), null, List.of());
    }

    /**
     * The evaluation after a person's step: in the step's new status, with the step in its history and the event
     * reporting it in its outbox.
     */
    SelfEvaluation after(WorkflowStep step, String actor, String comment, Instant at) {
        // a new round's first step is the reopening of the finalized round it follows
        EvaluationStatus from = step == WorkflowStep.REOPEN ? EvaluationStatus.FINALIZED : status();
        HistoryEntry entry = new HistoryEntry(step, from, step.next(from), actor, at, comment);
        return with(template, selfScore, review, workflow.after(entry), outbox)
                .announcing(step.event(), actor, comment, at);
    }

    /**
     * The evaluation with an event in its outbox carrying its whole picture as it will be stored. Its revision is
     * the version the save gives the document: one more than now, 0 for a document not yet stored.
     */
    SelfEvaluation announcing(EventType<EvaluationSnapshot> type, String actor, String comment, Instant at) {
        long revision = version == null ? 0 : version + 1;
        EvaluationSnapshot snapshot = EvaluationSnapshots.of(this, revision, comment, actor);
        PendingEvent event = PendingEvent.of(Topics.EVALUATION_EVENTS, projectId,
                EventEnvelope.of(type, tenantId, at, snapshot));
        return with(template, selfScore, review, workflow, HasOutbox.plus(outbox, event));
    }

    private SelfEvaluation with(SelfScore changed) {
        return with(template, changed, review, workflow, outbox);
    }

    /** The same evaluation of the same project, with its parts replaced. */
    private SelfEvaluation with(TemplateRef scoredWith, SelfScore score, Review reviewed, WorkflowState steps,
                                List<PendingEvent> events) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, openedAt,
                scoredWith, score, reviewed, steps, version, events);
    }
}
