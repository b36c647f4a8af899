package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.scoring.ActualValue;
import cn.jixiao.evaluation.scoring.BudgetExecution;
import cn.jixiao.evaluation.scoring.Directions;
import cn.jixiao.evaluation.scoring.IndicatorEntry;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.scoring.ScoringEngine;
import cn.jixiao.evaluation.scoring.ScoringException;
import cn.jixiao.evaluation.scoring.ScoringInput;
import cn.jixiao.evaluation.template.EvaluationTemplate;

/**
 * Scores a draft from its current inputs. Inputs that cannot be scored yet (no indicators, weights that do not
 * add up, …) give no score card but the reason, in Chinese, so the street sees what is missing; they are never
 * an error, since the data simply is not complete yet. The street's own judgements ({@link SelfAssessment})
 * are scored with the project's data.
 */
final class DraftScoring {

    private DraftScoring() {
    }

    /** The outcome: a score card, or why there is none. */
    record Outcome(ScoreCard scoreCard, String problem) {
    }

    static Outcome score(EvaluationTemplate template, ScoringInputs inputs, SelfAssessment assessment) {
        if (inputs.indicators().isEmpty()) {
            return new Outcome(null, "尚未设定绩效指标，暂无法计分");
        }
        try {
            return new Outcome(ScoringEngine.score(template, scoringInput(inputs, assessment)), null);
        } catch (ScoringException notScorable) {
            return new Outcome(null, notScorable.getMessage());
        }
    }

    /**
     * A budget or 全年执行数 not yet received counts as 0, which the engine reports as a blocking item. The 全年执行数
     * is the ledger's, else the summary figure, and the execution line says which.
     */
    static ScoringInput scoringInput(ScoringInputs inputs, SelfAssessment assessment) {
        Yuan budget = inputs.fullYearBudget() == null ? Yuan.ZERO : inputs.fullYearBudget();
        Yuan executed = inputs.scoredExecuted() == null ? Yuan.ZERO : inputs.scoredExecuted();
        Map<String, ReportedActual> actuals = inputs.actuals().stream()
                .collect(Collectors.toMap(ReportedActual::indicatorId, Function.identity(), (first, last) -> last));
        List<IndicatorEntry> entries = inputs.indicators().stream()
                .map(indicator -> entry(indicator, actuals.get(indicator.id()), assessment.of(indicator.id()).orElse(null)))
                .toList();
        return new ScoringInput(new BudgetExecution(budget, executed, assessment.executionExplanation(),
                inputs.executedProvenance()), entries);
    }

    private static IndicatorEntry entry(ProjectIndicator indicator, ReportedActual actual, IndicatorAssessment assessed) {
        String deviationNote = actual == null ? null : actual.deviationNote();
        boolean notApplicable = assessed != null && assessed.notApplicable();
        return new IndicatorEntry(indicator.forScoring(), actualValue(indicator, actual, assessed), deviationNote,
                notApplicable);
    }

    /**
     * A 定性 indicator's actual is the street's own grade and points: the text project-service reports only
     * describes what was done. Without a grade the line scores nothing and blocks submission. A text actual
     * (完成, 已完成) on a measured indicator is kept as written and left to the street's judgement, given like a
     * 定性 grade; until then the engine makes it a blocking item.
     */
    private static ActualValue actualValue(ProjectIndicator indicator, ReportedActual actual,
                                           IndicatorAssessment assessed) {
        boolean graded = assessed != null && assessed.grade() != null && assessed.score() != null;
        if (Directions.isQualitative(indicator.forScoring())) {
            return graded ? new ActualValue.Judged(assessed.grade(), assessed.score()) : null;
        }
        if (actual == null) {
            return null;
        }
        if (actual.value() == null) {
            return graded ? new ActualValue.Judged(assessed.grade(), assessed.score())
                    : new ActualValue.Described(actual.text());
        }
        return ActualValue.Measured.reported(actual.forScoring());
    }
}
