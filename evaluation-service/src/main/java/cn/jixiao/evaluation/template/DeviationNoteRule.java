package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When an evaluation may not be submitted without written explanations.
 *
 * @param indicatorBelowPercentOfWeight an indicator scoring below this share of its weight needs a
 *                                      偏差原因分析及改进措施; 100 means any indicator below full marks
 * @param executionRateBelowPercent     a budget execution rate below this needs a written explanation
 */
public record DeviationNoteRule(BigDecimal indicatorBelowPercentOfWeight, BigDecimal executionRateBelowPercent) {

    public static DeviationNoteRule nationalDefault() {
        return new DeviationNoteRule(BigDecimal.valueOf(100), BigDecimal.valueOf(90));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!isPercent(indicatorBelowPercentOfWeight)) {
            problems.add("偏差说明的指标得分阈值应在 0%–100% 之间 (deviation note threshold must be a percentage)");
        }
        if (!isPercent(executionRateBelowPercent)) {
            problems.add("执行率说明阈值应在 0%–100% 之间 (execution explanation threshold must be a percentage)");
        }
        return problems;
    }

    private static boolean isPercent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(Weights.HUNDRED) <= 0;
    }
}
