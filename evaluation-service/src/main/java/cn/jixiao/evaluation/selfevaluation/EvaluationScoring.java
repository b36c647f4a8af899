package cn.jixiao.evaluation.selfevaluation;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ShippedTemplates;

/**
 * The one place a self-evaluation's score is recomputed, whatever changed (project data, the street's
 * self-assessment, the evaluation coming back to the street), so every path scores the same way under the same
 * template.
 */
@Component
class EvaluationScoring {

    /** The template the evaluation is scored with: the national one for now; the district's choice is later work. */
    Mono<EvaluationTemplate> templateFor(SelfEvaluation evaluation) {
        return Mono.just(ShippedTemplates.national());
    }

    /** The evaluation with these inputs and this self-assessment, its score and review total recomputed. */
    Mono<SelfEvaluation> rescore(SelfEvaluation evaluation, ScoringInputs inputs, SelfAssessment assessment) {
        return templateFor(evaluation).map(template -> {
            DraftScoring.Outcome outcome = DraftScoring.score(template, inputs, assessment);
            ReviewTotal review = ReviewTotal.of(template.gradeBands(), outcome.scoreCard(), evaluation.reviewScores())
                    .orElse(null);
            return evaluation.scored(inputs, assessment, outcome, review);
        });
    }
}
