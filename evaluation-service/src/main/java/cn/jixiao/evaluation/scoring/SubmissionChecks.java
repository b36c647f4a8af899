package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jixiao.evaluation.template.DeviationNoteRule;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * What must still be written or entered before the evaluation may be submitted: a 偏差原因分析及改进措施 for
 * each indicator scoring below the template's threshold (by default: below full marks), an explanation for an
 * execution rate below the template's threshold (by default 90%), a missing actual, a 定性 indicator not yet
 * graded, a missing budget.
 */
final class SubmissionChecks {

    private SubmissionChecks() {
    }

    /**
     * @param lines   the scored lines, in the same order as the input's indicators
     * @param blocked the indicators that could not be scored (already blocking items of their own): they need
     *                correcting, not a deviation note
     */
    static List<BlockingItem> blockingItems(DeviationNoteRule rule, ScoringInput input, ExecutionScore execution,
                                            List<IndicatorScore> lines, Set<String> blocked) {
        List<BlockingItem> items = new ArrayList<>();
        if (execution.ratePercent() == null) {
            items.add(new BlockingItem(BlockingItem.Kind.BUDGET_NOT_SET, null,
                    "全年预算数为 0，无法计算预算执行率，请先录入预算"));
        } else if (execution.ratePercent().compareTo(rule.executionRateBelowPercent()) < 0
                && Figures.isBlank(input.budget().explanation())) {
            items.add(new BlockingItem(BlockingItem.Kind.EXECUTION_EXPLANATION_MISSING, null,
                    "预算执行率 " + execution.ratePercent() + "% 低于 " + plain(rule.executionRateBelowPercent())
                            + "%，需填写执行率偏低的原因说明"));
        }
        for (int i = 0; i < lines.size(); i++) {
            IndicatorEntry entry = input.indicators().get(i);
            IndicatorScore line = lines.get(i);
            if (line.notApplicable() || blocked.contains(line.indicatorId())) {
                continue;
            }
            if (entry.actual() == null && isQualitative(entry)) {
                items.add(new BlockingItem(BlockingItem.Kind.QUALITATIVE_NOT_GRADED, line.indicatorId(),
                        "定性指标「" + line.name() + "」尚未评定等级和得分"));
            } else if (entry.actual() == null) {
                items.add(new BlockingItem(BlockingItem.Kind.ACTUAL_NOT_REPORTED, line.indicatorId(),
                        "指标「" + line.name() + "」未填报实际完成值"));
            }
            if (needsNote(rule, line) && Figures.isBlank(entry.deviationNote())) {
                items.add(new BlockingItem(BlockingItem.Kind.DEVIATION_NOTE_MISSING, line.indicatorId(),
                        "指标「" + line.name() + "」得分 " + line.score() + " 低于" + threshold(rule, line)
                                + "，需填写偏差原因分析及改进措施"));
            }
        }
        return items;
    }

    private static boolean isQualitative(IndicatorEntry entry) {
        return Directions.isQualitative(entry.indicator());
    }

    private static boolean needsNote(DeviationNoteRule rule, IndicatorScore line) {
        BigDecimal percent = rule.indicatorBelowPercentOfWeight();
        return line.score().multiply(Figures.HUNDRED).compareTo(line.scaledWeight().multiply(percent)) < 0;
    }

    private static String threshold(DeviationNoteRule rule, IndicatorScore line) {
        String weight = "分值 " + plain(line.scaledWeight());
        BigDecimal percent = rule.indicatorBelowPercentOfWeight();
        return percent.compareTo(Figures.HUNDRED) == 0 ? weight : weight + " 的 " + plain(percent) + "%";
    }
}
