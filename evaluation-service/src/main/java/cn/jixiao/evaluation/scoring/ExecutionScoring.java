package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Part;

import static cn.jixiao.evaluation.scoring.Figures.money;
import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * 执行率 = 全年执行数 ÷ 全年预算数; score = 执行率 × 分值, never above the 分值 and never below 0.
 * The rate is taken as the form prints it, a percentage with two decimals (or a whole percentage when the
 * template says so), and the score is computed from that printed rate, so the arithmetic in the report can
 * be checked by hand. A full-year budget of 0 has no rate: the line scores 0, says why, and submission is
 * blocked until the budget is entered.
 */
final class ExecutionScoring {

    private ExecutionScoring() {
    }

    static ExecutionScore score(EvaluationTemplate template, BudgetExecution budget) {
        BigDecimal weight = template.weightOf(Part.BUDGET_EXECUTION);
        BigDecimal zero = Figures.points(BigDecimal.ZERO);
        if (budget.fullYearBudget().amount().signum() <= 0) {
            return new ExecutionScore(budget.fullYearBudget(), budget.executed(), null, weight, zero,
                    "全年预算数为 " + money(budget.fullYearBudget()) + "，执行率无法计算：得分 0.00");
        }
        BigDecimal printedRate = budget.executed().amount().multiply(Figures.HUNDRED)
                .divide(budget.fullYearBudget().amount(), 2, RoundingMode.HALF_UP);
        StringBuilder explanation = new StringBuilder("执行率 = 全年执行数 ").append(money(budget.executed()))
                .append(" ÷ 全年预算数 ").append(money(budget.fullYearBudget())).append(" = ").append(printedRate).append('%');
        BigDecimal rate = printedRate;
        if (template.executionRate().roundRateToWholePercent()) {
            rate = printedRate.setScale(0, RoundingMode.HALF_UP);
            explanation.append("，取整为 ").append(rate).append('%');
        }
        BigDecimal scoredRate = rate;
        if (rate.compareTo(Figures.HUNDRED) > 0) {
            scoredRate = Figures.HUNDRED.setScale(rate.scale());
            explanation.append("；超过 100% 按 100% 计");
        } else if (rate.signum() < 0) {
            scoredRate = BigDecimal.ZERO.setScale(rate.scale());
            explanation.append("；低于 0 按 0 计");
        }
        BigDecimal score = Figures.points(scoredRate.multiply(weight).divide(Figures.HUNDRED));
        explanation.append("；得分 = ").append(scoredRate).append("% × ").append(plain(weight)).append(" = ").append(score);
        return new ExecutionScore(budget.fullYearBudget(), budget.executed(), rate, weight, score, explanation.toString());
    }
}
