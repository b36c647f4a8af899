package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.report.document.SelfEvaluationForm.FundsRow;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.readmodel.Actuals;
import cn.jixiao.report.readmodel.Budget;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.IndicatorPlan;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.Score;
import cn.jixiao.report.texts.SectionTexts;

/** Fills the 项目支出绩效自评表 from the project's facts, the evaluation's score and the street's texts. */
final class FormAssembly {

    private static final Map<String, String> SOURCE_LABELS = Map.of(
            "CURRENT_YEAR_APPROPRIATION", "其中：本年财政拨款",
            "PRIOR_YEAR_CARRYOVER", "上年结转资金",
            "OTHER", "其他资金");

    private FormAssembly() {
    }

    static SelfEvaluationForm form(ReportInputs inputs, Funds funds) {
        ProjectFacts project = inputs.project();
        Score score = scoreOf(inputs.evaluation());
        return new SelfEvaluationForm(project.year(), project.projectName(), project.competentDepartment(),
                project.implementingUnit(), fundsRows(project.budget(), funds, score),
                new SelfEvaluationForm.GoalsRow(expectedGoals(project), written(inputs.texts().goalsAchieved())),
                indicatorRows(project, score),
                score == null ? null : score.total(),
                score == null ? null : score.gradeLabel(),
                score == null ? null : score.reviewTotal(),
                project.budget() == null ? null : funds.marking(),
                TargetsInForce.note(project, score));
    }

    /** The 三级指标 rows in the form's order: by 一级 in the template's order, then 二级, then as the project lists them. */
    static List<IndicatorRow> indicatorRows(ProjectFacts project, Score score) {
        List<IndicatorRow> rows = score != null && !score.indicators().isEmpty()
                ? score.indicators().stream().map(FormAssembly::scoredRow).toList()
                : plannedRows(TargetsInForce.shown(project), project.actuals());
        return inFormOrder(rows, score);
    }

    /** The rows by 一级 in the template's order (the score's parts, where there is a score), then 二级, stably. */
    static List<IndicatorRow> inFormOrder(List<IndicatorRow> rows, Score score) {
        List<String> categoryOrder = new ArrayList<>();
        if (score != null) {
            score.parts().forEach(part -> categoryOrder.add(part.category().label()));
        }
        for (IndicatorCategory category : IndicatorCategory.values()) {
            if (!categoryOrder.contains(category.label())) {
                categoryOrder.add(category.label());
            }
        }
        Map<String, Integer> dimensionOrder = Arrays.stream(IndicatorDimension.values())
                .collect(Collectors.toMap(IndicatorDimension::label, IndicatorDimension::ordinal));
        // a stable sort: within a 二级指标 the indicators keep the project's order
        return rows.stream().sorted(Comparator
                        .comparingInt((IndicatorRow row) -> categoryOrder.indexOf(row.category()))
                        .thenComparingInt(row -> dimensionOrder.getOrDefault(row.dimension(), Integer.MAX_VALUE)))
                .toList();
    }

    private static IndicatorRow scoredRow(Score.IndicatorLine line) {
        return new IndicatorRow(line.dimension().category().label(), line.dimension().label(), line.name(),
                line.targetText(), line.actualText(), line.weight(), line.score(), line.reviewScore(),
                line.deviationNote());
    }

    /** The rows of a tree of targets, with the actuals reported against its indicators, if any are given. */
    static List<IndicatorRow> plannedRows(IndicatorPlan plan, Actuals reported) {
        if (plan == null) {
            return List.of();
        }
        Map<String, Actuals.Actual> actuals = reported == null ? Map.of()
                : reported.actuals().stream()
                .collect(Collectors.toMap(Actuals.Actual::indicatorId, Function.identity(), (a, b) -> b));
        return plan.indicators().stream().map(indicator -> {
            Actuals.Actual actual = actuals.get(indicator.id());
            return new IndicatorRow(indicator.dimension().category().label(), indicator.dimension().label(),
                    indicator.name(), indicator.target().text(), actual == null ? null : actual.text(),
                    indicator.weight(), null, null, actual == null ? null : actual.deviationNote());
        }).toList();
    }

    private static List<FundsRow> fundsRows(Budget budget, Funds funds, Score score) {
        if (budget == null) {
            return List.of();
        }
        Score.Execution line = score == null ? null : score.execution();
        List<FundsRow> rows = new ArrayList<>();
        rows.add(new FundsRow("年度资金总额", budget.initialBudget(), budget.fullYearBudget(), funds.executed(),
                line == null ? null : line.weight(), funds.ratePercent(), line == null ? null : line.score()));
        // spending is not recorded by source: only a single source is known to have spent it all
        boolean singleSource = budget.bySource().size() == 1;
        for (Budget.SourceLine source : budget.bySource()) {
            rows.add(new FundsRow(sourceLabel(source.source()), source.initial(),
                    source.fullYear(), singleSource ? funds.executed() : null, null,
                    singleSource ? ReportSentences.rate(funds.executed(), source.fullYear()) : null, null));
        }
        return rows;
    }

    /** A funding source as the forms name it, e.g. 其中：本年财政拨款. */
    static String sourceLabel(String source) {
        return SOURCE_LABELS.getOrDefault(source, source);
    }

    /** 预期目标: the 总目标 and the numbered 年度目标, one per line. */
    static String expectedGoals(ProjectFacts project) {
        if (project.details() == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (SectionTexts.isWritten(project.details().overallGoal())) {
            lines.add("总目标：" + project.details().overallGoal().strip());
        }
        List<String> goals = annualGoals(project);
        if (!goals.isEmpty()) {
            lines.add("年度目标：");
            for (int i = 0; i < goals.size(); i++) {
                lines.add(HeadingNumbers.enumerated(i + 1) + goals.get(i).strip());
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<String> annualGoals(ProjectFacts project) {
        if (project.details() == null) {
            return List.of();
        }
        return project.details().annualGoals().stream().filter(SectionTexts::isWritten).toList();
    }

    static Score scoreOf(Evaluation evaluation) {
        return evaluation == null ? null : evaluation.score();
    }

    private static String written(String text) {
        return SectionTexts.isWritten(text) ? text.strip() : null;
    }
}
