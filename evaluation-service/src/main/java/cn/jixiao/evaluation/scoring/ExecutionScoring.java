package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.contracts.monitoring.ExecutionRate;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ExecutionRateRule;
import cn.jixiao.evaluation.template.Part;

import static cn.jixiao.evaluation.scoring.Figures.money;
import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 执行率 = 全年执行数 ÷ 全年预算数; score = 执行率 × 分值, never above the 分值 and never below 0. The rate is shown
 * as the form prints it, a percentage with two decimals ({@link ExecutionRate}). By default the score multiplies
 * the exact rate and is rounded once, as the forms kept in spreadsheets do; a template may instead multiply the
 * printed rate, or a whole percentage ({@link ExecutionRateRule}). Either way the explanation writes out the
 * arithmetic, so the report can be checked by hand. A full-year budget of 0 has no rate: the line scores 0, says
 * why, and submission is blocked until the budget is entered. Where 全年执行数 came from, when it is not simply the
 * ledger's (a summary figure, or a ledger that differs from one), opens the explanation.
 */
final class ExecutionScoring {

    private ExecutionScoring() {
    }

    static ExecutionScore score(EvaluationTemplate template, BudgetExecution budget) {
        BigDecimal weight = template.weightOf(Part.BUDGET_EXECUTION);
        String provenance = budget.provenance() == null ? "" : budget.provenance() + "；";
        if (budget.fullYearBudget().amount().signum() <= 0) {
            return new ExecutionScore(budget.fullYearBudget(), budget.executed(), null, weight,
                    Figures.points(BigDecimal.ZERO),
                    provenance + "全年预算数为 " + money(budget.fullYearBudget()) + "，执行率无法计算：得分 0.00");
        }
        BigDecimal printedRate = ExecutionRate.printedPercent(budget.executed(), budget.fullYearBudget());
        StringBuilder explanation = new StringBuilder(provenance)
                .append("执行率 = 全年执行数 ").append(money(budget.executed()))
                .append(" ÷ 全年预算数 ").append(money(budget.fullYearBudget())).append(" = ").append(printedRate).append('%');
        ExecutionRateRule rule = template.executionRate();
        BigDecimal rate = printedRate;
        if (rule.roundRateToWholePercent()) {
            rate = printedRate.setScale(0, RoundingMode.HALF_UP);
            explanation.append("，取整为 ").append(rate).append('%');
        }
        if (rate.compareTo(Figures.HUNDRED) > 0) {
            explanation.append("；超过 100% 按 100% 计");
            return scored(budget, rate, weight, Figures.points(weight), explanation,
                    Figures.HUNDRED.setScale(rate.scale()) + "% × " + plain(weight));
        }
        if (rate.signum() < 0) {
            explanation.append("；低于 0 按 0 计");
            return scored(budget, rate, weight, Figures.points(BigDecimal.ZERO), explanation,
                    BigDecimal.ZERO.setScale(rate.scale()) + "% × " + plain(weight));
        }
        if (rule.roundRateToWholePercent() || rule.scorePrintedRate()) {
            return scored(budget, rate, weight, Figures.points(rate.multiply(weight).divide(Figures.HUNDRED)),
                    explanation, rate + "% × " + plain(weight));
        }
        // the exact rate: executed × weight ÷ budget, one division, rounded once
        BigDecimal exact = budget.executed().amount().multiply(weight)
                .divide(budget.fullYearBudget().amount(), 2, RoundingMode.HALF_UP);
        boolean printedIsExact = printedRate.multiply(budget.fullYearBudget().amount())
                .compareTo(budget.executed().amount().multiply(Figures.HUNDRED)) == 0;
        return scored(budget, rate, weight, exact, explanation, printedIsExact ? rate + "% × " + plain(weight)
                : money(budget.executed()) + " ÷ " + money(budget.fullYearBudget()) + " × " + plain(weight));
    }

    private static ExecutionScore scored(BudgetExecution budget, BigDecimal rate, BigDecimal weight, BigDecimal score,
                                         StringBuilder explanation, String arithmetic) {
        explanation.append("；得分 = ").append(arithmetic).append(" = ").append(score);
        return new ExecutionScore(budget.fullYearBudget(), budget.executed(), rate, weight, score, explanation.toString());
    }
}
