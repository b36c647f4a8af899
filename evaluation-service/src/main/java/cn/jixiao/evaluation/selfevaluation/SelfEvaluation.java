package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.survey.Survey;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * A project's performance self-evaluation (绩效自评) in one round. One is opened as a draft as soon as the project
 * is registered, from the facts carried by the event, so this service never asks project-service. Every change
 * (new project data, the street's self-assessment, a 复核分, a workflow step) is one write of this document,
 * together with the recomputed score and the event that reports it ({@code outbox}).
 *
 * @param id             the evaluation's id; each round has its own
 * @param projectId      the project it evaluates
 * @param round          1 for the first evaluation; reopening a finalized one starts the next round
 * @param scoringInputs  what the score is computed from, kept from project-service's events; {@code null} until
 *                       the first of them arrives
 * @param scoreCard      the score recomputed after the last change of the inputs or the self-assessment,
 *                       {@code null} while they cannot be scored
 * @param scoringProblem why there is no score card (in Chinese), {@code null} when there is one
 * @param selfAssessment the street's own judgements: 定性 grades, indicators not applicable, low-rate explanation
 * @param pendingInputs  newer project data that arrived while the score was frozen (submitted, under review,
 *                       approved, finalized), {@code null} when none: scored when the evaluation is returned
 *                       to the street, carried into the next round when it is reopened
 * @param reviewScores   the district's 复核分, beside the self-scores they replace
 * @param reviewTotal    复核总分, {@code null} while no 复核分 is set
 * @param reviewGrade    the grade of the review total, {@code null} with it
 * @param history        every step taken, oldest first
 * @param surveys        the satisfaction surveys and their results, kept here so that entering responses and
 *                       rescoring are one write; a survey's rate replaces the reported actual of its indicator
 * @param template       the template version that scores this evaluation, recorded when the draft is opened (the
 *                       district's choice then), so that changing a template or the choice never changes it;
 *                       {@code null} for a draft opened by a scoring event, which records it when first scored
 * @param version        optimistic lock; the revision of the evaluation's events
 * @param outbox         events waiting to be relayed to Kafka
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
        EvaluationStatus status,
        Instant openedAt,
        @JsonIgnore ScoringInputs scoringInputs,
        @JsonIgnore ScoreCard scoreCard,
        @JsonIgnore String scoringProblem,
        SelfAssessment selfAssessment,
        @JsonIgnore ScoringInputs pendingInputs,
        List<ReviewScore> reviewScores,
        BigDecimal reviewTotal,
        Grade reviewGrade,
        List<HistoryEntry> history,
        @JsonIgnore List<Survey> surveys,
        TemplateRef template,
        @Version Long version,
        @JsonIgnore List<PendingEvent> outbox) {

    public static final String COLLECTION = "self_evaluations";

    public SelfEvaluation {
        reviewScores = reviewScores == null ? List.of() : List.copyOf(reviewScores);
        history = history == null ? List.of() : List.copyOf(history);
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
        outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** The inputs the score was computed from; none before the first scoring event. */
    public ScoringInputs inputs() {
        return scoringInputs == null ? ScoringInputs.NONE : scoringInputs;
    }

    /** The project's latest data: the inputs waiting while the score is frozen, else the scored ones. */
    public ScoringInputs latestInputs() {
        return pendingInputs == null ? inputs() : pendingInputs;
    }

    public SelfAssessment assessment() {
        return selfAssessment == null ? SelfAssessment.NONE : selfAssessment;
    }

    /**
     * The evaluation with its score recomputed from these inputs and this self-assessment under the template
     * version that scored it; nothing is pending.
     */
    SelfEvaluation scored(ScoringInputs inputs, SelfAssessment assessment, DraftScoring.Outcome outcome,
                          ReviewTotal review, TemplateRef scoredWith) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, inputs, outcome.scoreCard(), outcome.problem(), assessment, null, reviewScores,
                review == null ? null : review.total(), review == null ? null : review.grade(), history, surveys,
                scoredWith, version, outbox);
    }

    /** The evaluation with its surveys changed, to be rescored before it is stored ({@link EvaluationScoring}). */
    SelfEvaluation withSurveys(List<Survey> changed) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, scoringInputs, scoreCard, scoringProblem, selfAssessment, pendingInputs, reviewScores,
                reviewTotal, reviewGrade, history, changed, template, version, outbox);
    }

    /** The evaluation, its score unchanged, keeping newer project data for when the score follows it again. */
    SelfEvaluation withPendingInputs(ScoringInputs inputs) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, scoringInputs, scoreCard, scoringProblem, selfAssessment, inputs, reviewScores, reviewTotal,
                reviewGrade, history, surveys, template, version, outbox);
    }

    SelfEvaluation reviewed(List<ReviewScore> scores, ReviewTotal review) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, scoringInputs, scoreCard, scoringProblem, selfAssessment, pendingInputs, scores,
                review == null ? null : review.total(), review == null ? null : review.grade(), history, surveys, template,
                version, outbox);
    }

    /**
     * The next round's draft, under a new id: the latest project data, the self-assessment, the surveys and the
     * template carried over, no review, no history yet. Its score is recomputed before it is stored.
     */
    SelfEvaluation nextRound(String newId, Instant at) {
        return new SelfEvaluation(newId, projectId, round + 1, districtId, tenantId, projectCode, projectName, year,
                EvaluationStatus.DRAFT, at, latestInputs(), null, null, selfAssessment, null, List.of(), null, null,
                List.of(), surveys, template, null, List.of());
    }

    /**
     * The evaluation after a person's step: in the step's new status, with the step in its history and the event
     * reporting it in its outbox.
     */
    SelfEvaluation after(WorkflowStep step, String actor, String comment, Instant at) {
        List<HistoryEntry> steps = new ArrayList<>(history);
        // a new round's first step is the reopening of the finalized round it follows
        EvaluationStatus from = step == WorkflowStep.REOPEN ? EvaluationStatus.FINALIZED : status;
        EvaluationStatus to = step.next(from);
        steps.add(new HistoryEntry(step, from, to, actor, at, comment));
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, to,
                openedAt, scoringInputs, scoreCard, scoringProblem, selfAssessment, pendingInputs, reviewScores,
                reviewTotal, reviewGrade, steps, surveys, template, version, outbox)
                .announcing(step.event(), actor, comment, at);
    }

    /**
     * The evaluation with an event in its outbox carrying its whole picture as it will be stored. Its revision is
     * the version the save gives the document: one more than now, 0 for a document not yet stored.
     */
    SelfEvaluation announcing(EventType<EvaluationSnapshot> type, String actor, String comment, Instant at) {
        long revision = version == null ? 0 : version + 1;
        EvaluationSnapshot snapshot = EvaluationSnapshots.of(this, revision, comment, actor);
        List<PendingEvent> pending = new ArrayList<>(outbox);
        pending.add(PendingEvent.of(Topics.EVALUATION_EVENTS, projectId, EventEnvelope.of(type, tenantId, at, snapshot)));
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, scoringInputs, scoreCard, scoringProblem, selfAssessment, pendingInputs, reviewScores,
                reviewTotal, reviewGrade, history, surveys, template, version, pending);
    }

    @JsonProperty("total")
    public BigDecimal total() {
        return scoreCard == null ? null : scoreCard.total();
    }

    @JsonProperty("grade")
    public Grade grade() {
        return scoreCard == null ? null : scoreCard.grade();
    }

    /** Project data changed after the score was frozen; it counts once the evaluation is returned or reopened. */
    @JsonProperty("projectDataChangedSinceScored")
    public boolean projectDataChangedSinceScored() {
        return pendingInputs != null;
    }
}
