package cn.jixiao.evaluation.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.template.DistrictTemplates;
import cn.jixiao.evaluation.template.EvaluationTemplate;

/**
 * The one place a self-evaluation's score is recomputed, whatever changed (project data, the street's
 * self-assessment, a survey, the evaluation coming back to the street), so every path scores the same way: under
 * the template version the evaluation recorded (see {@link DistrictTemplates}), with the surveys' rates in place
 * of the reported actuals of their indicators.
 */
@Component
public class EvaluationScoring {

    private final DistrictTemplates templates;
    private final Clock clock;

    EvaluationScoring(DistrictTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** The template version the evaluation is scored with. */
    Mono<EvaluationTemplate> templateFor(SelfEvaluation evaluation) {
        return templates.scoring(evaluation.districtId(), evaluation.year(), evaluation.template());
    }

    /**
     * The evaluation with these inputs and this self-assessment, its score and review total recomputed under the
     * template version it recorded: whatever the project's indicators, since weights are checked against the
     * template here, as blocking items, and nowhere else. The score is stamped with the time it was computed
     * ({@code scoredAt} in the API), so a page can tell how fresh it is.
     */
    Mono<SelfEvaluation> rescore(SelfEvaluation evaluation, ScoringInputs inputs, SelfAssessment assessment) {
        Mono<EvaluationTemplate> template = templateFor(evaluation);
        return template.map(scoring -> {
            DraftScoring.Outcome outcome = DraftScoring.score(scoring,
                    SurveyActuals.applyTo(inputs, evaluation.surveys()), assessment);
            ReviewTotal review = ReviewTotal.of(scoring.gradeBands(), outcome.scoreCard(), evaluation.reviewScores())
                    .orElse(null);
            return evaluation.scored(inputs, assessment, outcome, review, scoring.ref(), clock.instant());
        });
    }

    /**
     * The evaluation with its surveys changed, rescored, and EvaluationScored in its outbox: ready to be stored
     * in one write.
     */
    public Mono<SelfEvaluation> withSurveys(SelfEvaluation evaluation, List<Survey> surveys, String actor, Instant at) {
        return rescore(evaluation.withSurveys(surveys), evaluation.inputs(), evaluation.assessment())
                .map(rescored -> rescored.announcing(EvaluationEvents.EVALUATION_SCORED, actor, null, at));
    }
}
