package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.Block;
import cn.jixiao.report.readmodel.Budget;
import cn.jixiao.report.readmodel.ClassificationAmount;
import cn.jixiao.report.readmodel.Score;

/** The report's two charts: the score of each part against its weight, and the budget against what was spent. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** 预算执行率 and each 一级指标: 分值 beside 得分 (and 复核分 once the district set any). */
    static Block.Chart scoreByPart(Score score) {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        List<BigDecimal> reviewed = new ArrayList<>();
        if (score.execution() != null) {
            categories.add("预算执行率");
            weights.add(score.execution().weight());
            scores.add(score.execution().score());
            reviewed.add(firstOf(score.execution().reviewScore(), score.execution().score()));
        }
        for (Score.PartLine part : score.parts()) {
            categories.add(part.category().label());
            weights.add(part.weight());
            scores.add(part.score());
            reviewed.add(firstOf(part.reviewScore(), part.score()));
        }
        List<Block.Chart.Series> series = new ArrayList<>(List.of(
                new Block.Chart.Series("分值", weights), new Block.Chart.Series("得分", scores)));
        if (score.reviewTotal() != null) {
            series.add(new Block.Chart.Series("复核分", reviewed));
        }
        return new Block.Chart("各部分得分与分值对比", "分", categories, series);
    }

    /** 预算数 beside 执行数 in 万元, by economic classification when the budget is broken down, else in total. */
    static Block.Chart budgetAgainstSpending(Budget budget, Funds funds, Map<String, Yuan> spentByClass) {
        if (budget.byClassification().isEmpty()) {
            return new Block.Chart("预算与执行对比", "万元", List.of("项目资金合计"), List.of(
                    new Block.Chart.Series("全年预算数", List.of(funds.fullYearBudget().inWan())),
                    new Block.Chart.Series("全年执行数", List.of(funds.executed().inWan()))));
        }
        List<String> categories = new ArrayList<>();
        List<BigDecimal> budgeted = new ArrayList<>();
        List<BigDecimal> spent = new ArrayList<>();
        for (ClassificationAmount line : budget.byClassification()) {
            categories.add(line.printedName());
            budgeted.add(line.amount().inWan());
            spent.add(spentByClass.getOrDefault(line.code(), Yuan.ZERO).inWan());
        }
        return new Block.Chart("预算与执行对比", "万元", categories, List.of(
                new Block.Chart.Series("全年预算数", budgeted), new Block.Chart.Series("全年执行数", spent)));
    }

    private static BigDecimal firstOf(BigDecimal preferred, BigDecimal otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
