package cn.jixiao.evaluation.selfevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.scoring.SatisfactionRate;

/**
 * Puts the surveys' satisfaction rates in place of the actuals the street reported for their indicators: once a
 * survey has results, the rate it computes is the 实际完成值 that is scored, whatever was typed in project-service.
 * A reported deviation note is kept.
 */
public final class SurveyActuals {

    private SurveyActuals() {
    }

    public static ScoringInputs applyTo(ScoringInputs inputs, List<Survey> surveys) {
        List<Survey> withResults = surveys.stream().filter(Survey::hasResult).toList();
        if (withResults.isEmpty()) {
            return inputs;
        }
        Map<String, ReportedActual> reported = inputs.actuals().stream()
                .collect(Collectors.toMap(ReportedActual::indicatorId, Function.identity(), (first, last) -> last));
        Map<String, Survey> byIndicator = withResults.stream()
                .collect(Collectors.toMap(Survey::indicatorId, Function.identity(), (first, last) -> last));
        List<ReportedActual> actuals = new ArrayList<>();
        inputs.actuals().stream().filter(actual -> !byIndicator.containsKey(actual.indicatorId())).forEach(actuals::add);
        byIndicator.forEach((indicatorId, survey) -> {
            SatisfactionRate rate = survey.tally().rate();
            ReportedActual typed = reported.get(indicatorId);
            actuals.add(new ReportedActual(indicatorId, rate.percent().toPlainString() + "%", rate.percent(),
                    typed == null ? null : typed.deviationNote()));
        });
        // the same revision: these are the reported actuals, with the surveyed ones measured instead of typed
        return inputs.replacingActuals(actuals);
    }
}
