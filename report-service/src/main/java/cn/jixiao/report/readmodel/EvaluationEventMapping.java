package cn.jixiao.report.readmodel;

import java.util.List;
import java.util.function.Function;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.evaluation.SurveyAnalysis;

/**
 * Reads evaluation-service's snapshots into report-service's own {@link Evaluation}, at the edge: the read model
 * stores and the report reads only that, so a new version of the snapshot changes this class, not the stored
 * documents. The step's comment and actor are left out: no report prints them.
 */
public final class EvaluationEventMapping {

    private EvaluationEventMapping() {
    }

    public static Evaluation evaluation(EvaluationSnapshot snapshot) {
        EvaluationSnapshot.TemplateVersion template = snapshot.template();
        return new Evaluation(snapshot.evaluationId(), snapshot.projectId(), snapshot.districtId(),
                snapshot.streetId(), snapshot.projectCode(), snapshot.projectName(), snapshot.year(),
                snapshot.round(), snapshot.status(), score(snapshot.score()), snapshot.notScoredBecause(),
                mapped(snapshot.surveys(), EvaluationEventMapping::survey), snapshot.revision(),
                template == null ? null : new Evaluation.TemplateVersion(template.templateId(), template.version()));
    }

    public static Score score(ScoreBreakdown score) {
        if (score == null) {
            return null;
        }
        ScoreBreakdown.Execution execution = score.execution();
        return new Score(score.templateId(), score.templateVersion(),
                execution == null ? null : new Score.Execution(execution.fullYearBudget(), execution.executed(),
                        execution.ratePercent(), execution.weight(), execution.score(), execution.reviewScore(),
                        execution.lowRateExplanation(), execution.explanation()),
                mapped(score.indicators(), line -> new Score.IndicatorLine(line.indicatorId(), line.dimension(),
                        line.name(), line.direction(), line.targetText(), line.actualText(), line.qualitativeGrade(),
                        line.weight(), line.score(), line.notApplicable(), line.deviationNote(), line.reviewScore(),
                        line.reviewReason(), line.explanation())),
                mapped(score.parts(), part -> new Score.PartLine(part.category(), part.weight(), part.score(),
                        part.reviewScore())),
                score.total(), score.grade(), score.gradeLabel(), score.reviewTotal(), score.reviewGrade(),
                score.explanationLines());
    }

    public static Survey survey(SurveyAnalysis survey) {
        return new Survey(survey.surveyId(), survey.indicatorId(), survey.title(), survey.respondents(),
                survey.validRespondents(), survey.satisfied(), survey.satisfactionPercent(),
                mapped(survey.questions(), question -> new Survey.Question(question.text(),
                        mapped(question.answers(), answer -> new Survey.AnswerCount(answer.answer(), answer.count(),
                                answer.countsAsSatisfied())))));
    }

    private static <T, R> List<R> mapped(List<T> items, Function<T, R> mapping) {
        return items == null ? List.of() : items.stream().map(mapping).toList();
    }
}
