package cn.jixiao.evaluation.selfevaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.evaluation.scoring.ExecutionScore;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.questionnaire.Survey;

/**
 * The picture of a self-evaluation that its events carry: the score line by line as the form prints it, with
 * the texts it was scored from, the street's grades and the district's 复核分 beside the self-scores, so that
 * report-service and the other consumers never recompute anything.
 */
final class EvaluationSnapshots {

    private EvaluationSnapshots() {
    }

    static EvaluationSnapshot of(SelfEvaluation evaluation, long revision, String comment, String actor) {
        return new EvaluationSnapshot(evaluation.id(), evaluation.projectId(), evaluation.districtId(),
                evaluation.tenantId(), evaluation.projectCode(), evaluation.projectName(), evaluation.year(),
                evaluation.round(), evaluation.status().name(), breakdown(evaluation), evaluation.selfScore().notScoredBecause(),
                evaluation.surveys().stream().filter(Survey::hasResult).map(Survey::analysis).toList(),
                comment, actor, revision, template(evaluation));
    }

    /** The template the evaluation is scored under, named even before it can be scored. */
    private static EvaluationSnapshot.TemplateVersion template(SelfEvaluation evaluation) {
        return evaluation.template() == null ? null
                : new EvaluationSnapshot.TemplateVersion(evaluation.template().id(), evaluation.template().version());
    }

    private static ScoreBreakdown breakdown(SelfEvaluation evaluation) {
        ScoreCard card = evaluation.scoreCard();
        if (card == null) {
            return null;
        }
        List<ReviewScore> reviews = evaluation.reviewScores();
        // the actuals as scored: a survey's rate in place of what was typed for its indicator
        ScoringInputs inputs = SurveyActuals.applyTo(evaluation.inputs(), evaluation.surveys());
        Map<String, ProjectIndicator> indicators = inputs.indicators().stream()
                .collect(Collectors.toMap(ProjectIndicator::id, Function.identity(), (first, last) -> last));
        Map<String, ReportedActual> actuals = inputs.actuals().stream()
                .collect(Collectors.toMap(ReportedActual::indicatorId, Function.identity(), (first, last) -> last));
        List<ScoreBreakdown.IndicatorLine> lines = card.indicators().stream()
                .map(line -> line(line, indicators.get(line.indicatorId()), actuals.get(line.indicatorId()),
                        evaluation.assessment(), reviews))
                .toList();
        List<ScoreBreakdown.PartLine> parts = card.parts().stream()
                .map(part -> new ScoreBreakdown.PartLine(part.category(), part.weight(), part.score(),
                        ReviewTotal.partScore(card, reviews, part.category())))
                .toList();
        return new ScoreBreakdown(card.template().id(), card.template().version(),
                execution(card.execution(), evaluation.assessment(), reviews), lines, parts, card.total(),
                card.grade().name(), card.gradeLabel(), evaluation.review().total(),
                evaluation.review().grade() == null ? null : evaluation.review().grade().name(), card.explanationLines());
    }

    private static ScoreBreakdown.Execution execution(ExecutionScore execution, SelfAssessment assessment,
                                                      List<ReviewScore> reviews) {
        return new ScoreBreakdown.Execution(execution.fullYearBudget(), execution.executed(), execution.ratePercent(),
                execution.weight(), execution.score(),
                ReviewTotal.executionReview(reviews).map(ReviewScore::score).orElse(null),
                assessment.executionExplanation(), execution.explanation());
    }

    private static ScoreBreakdown.IndicatorLine line(IndicatorScore line, ProjectIndicator indicator,
                                                     ReportedActual actual, SelfAssessment assessment,
                                                     List<ReviewScore> reviews) {
        Optional<ReviewScore> review = ReviewTotal.reviewOf(line.indicatorId(), reviews);
        IndicatorDirection direction = indicator == null ? null : indicator.direction();
        // a grade is the code in the template's scale; the check admits one only for a 定性 line or a text actual
        String grade = assessment.of(line.indicatorId()).map(IndicatorAssessment::grade).orElse(null);
        return new ScoreBreakdown.IndicatorLine(line.indicatorId(), line.dimension(), line.name(), direction,
                indicator == null || indicator.target() == null ? null : indicator.target().text(),
                actual == null ? null : actual.text(), grade, line.weight(), line.score(), line.notApplicable(),
                actual == null ? null : actual.deviationNote(),
                review.map(ReviewScore::score).orElse(null), review.map(ReviewScore::reason).orElse(null),
                line.explanation());
    }
}
