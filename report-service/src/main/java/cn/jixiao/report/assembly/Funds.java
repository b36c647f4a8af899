package cn.jixiao.report.assembly;

import java.math.BigDecimal;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.Score;

/**
 * The year's money as the report states it: the 全年预算数, what was spent and the rate. Once the evaluation has a
 * score, its 预算执行率 line is what the report repeats, so the text, the chart and the form agree with the score;
 * before that, the project's own budget and ledger.
 *
 * @param executed {@code null} while no spending was ever recorded (nor entered as a summary figure)
 * @param marking  the footnote when 全年执行数 is a summary figure (a street without a ledger in Jixiao), e.g.
 *                 全年执行数为汇总数，来源：部门决算; {@code null} for a ledger's
 */
record Funds(Yuan fullYearBudget, Yuan executed, BigDecimal ratePercent, String marking) {

    static Funds of(ProjectFacts project, Score score) {
        String marking = project.executedMarking();
        if (score != null && score.execution() != null && score.execution().fullYearBudget() != null) {
            Score.Execution line = score.execution();
            return new Funds(line.fullYearBudget(), line.executed(), line.ratePercent(), marking);
        }
        Yuan budget = project.budget() == null ? null : project.budget().fullYearBudget();
        Yuan executed = project.executed();
        return new Funds(budget, executed, ReportSentences.rate(executed, budget), marking);
    }
}
