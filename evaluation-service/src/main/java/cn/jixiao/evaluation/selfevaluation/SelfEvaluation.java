package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.survey.Survey;
import cn.jixiao.evaluation.survey.SurveyActuals;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;

/**
 * A project's performance self-evaluation (绩效自评). One is opened as a draft as soon as the project is
 * registered, from the facts carried by the event, so this service never asks project-service.
 *
 * @param id          the evaluation's id
 * @param projectId   the project it evaluates
 * @param round       1 for the first evaluation; reopening a finalized one starts the next round
 * @param scoringInputs  what the score is computed from, kept from project-service's events; {@code null} until
 *                       the first of them arrives. Kept here, not in a document of its own, so that an input and
 *                       the score recomputed from it are stored in one write.
 * @param scoreCard      the score recomputed after the last change of the inputs, {@code null} while they cannot
 *                       be scored
 * @param scoringProblem why there is no score card (in Chinese), {@code null} when there is one
 * @param surveys        the satisfaction surveys and their results, kept here so that entering responses and
 *                       rescoring are one write; a survey's rate replaces the reported actual of its indicator
 * @param template       the template version that scores this evaluation, recorded when the draft is opened (the
 *                       district's choice then), so that changing a template or the choice never changes it;
 *                       {@code null} for a draft opened by a scoring event, which records it when first scored
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
        @JsonIgnore List<Survey> surveys,
        TemplateRef template,
        @Version Long version) {

    public static final String COLLECTION = "self_evaluations";

    public SelfEvaluation {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /** The inputs so far; none before the first scoring event. */
    public ScoringInputs inputs() {
        return scoringInputs == null ? ScoringInputs.NONE : scoringInputs;
    }

    /** The draft with new inputs and the score recomputed from them with the template that scores it. */
    SelfEvaluation rescored(ScoringInputs inputs, TemplateRef scoredWith, DraftScoring.Outcome outcome) {
        return new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName, year, status,
                openedAt, inputs, outcome.scoreCard(), outcome.problem(), surveys, scoredWith, version);
    }

    /** The score from these inputs, the surveys' rates in place of the reported actuals of their indicators. */
    DraftScoring.Outcome score(EvaluationTemplate template, ScoringInputs inputs) {
        return DraftScoring.score(template, SurveyActuals.applyTo(inputs, surveys));
    }

    /** The evaluation with its surveys changed and its score recomputed with them, to be stored in one write. */
    public SelfEvaluation withSurveys(List<Survey> changed, EvaluationTemplate template) {
        SelfEvaluation surveyed = new SelfEvaluation(id, projectId, round, districtId, tenantId, projectCode, projectName,
                year, status, openedAt, scoringInputs, scoreCard, scoringProblem, changed, template.ref(), version);
        return surveyed.rescored(inputs(), template.ref(), surveyed.score(template, inputs()));
    }

    @JsonProperty("total")
    public BigDecimal total() {
        return scoreCard == null ? null : scoreCard.total();
    }

    @JsonProperty("grade")
    public Grade grade() {
        return scoreCard == null ? null : scoreCard.grade();
    }
}
