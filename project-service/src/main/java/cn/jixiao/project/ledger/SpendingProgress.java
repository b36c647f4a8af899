package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.contracts.money.Yuan;

/**
 * In-year monitoring (绩效监控) of spending against the budget: progress = (spent ÷ 全年预算数) ÷ (month ÷ 12)
 * × 100, i.e. 100 when the money goes out evenly over the year. Below 60 the light is red, from 60 to below 80
 * yellow, from 80 green. The percentage is rounded half-up to two decimals once, at the end, and the light
 * is judged on that shown figure, so the number and the colour a person sees always agree.
 *
 * @param month    the month the progress is judged at, 1–12 (spending up to the end of it counts)
 * @param progress the percentage, two decimals
 */
record SpendingProgress(int month, Yuan executed, Yuan fullYearBudget, BigDecimal progress, Light light) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal MONTHS_TIMES_PERCENT = BigDecimal.valueOf(12 * 100);
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    /** The monitoring traffic light. */
    enum Light {
        /** 红灯: progress below 60. */
        RED,
        /** 黄灯: 60 up to below 80. */
        YELLOW,
        /** 绿灯: 80 and above. */
        GREEN
    }

    static SpendingProgress of(Yuan executed, Yuan fullYearBudget, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1–12: " + month);
        }
        if (fullYearBudget.amount().signum() <= 0) {
            throw new IllegalArgumentException("the full-year budget must be above zero: " + fullYearBudget);
        }
        // (e ÷ b) ÷ (m ÷ 12) × 100 = e × 1200 ÷ (b × m): one exact division, one rounding
        BigDecimal progress = executed.amount().multiply(MONTHS_TIMES_PERCENT)
                .divide(fullYearBudget.amount().multiply(BigDecimal.valueOf(month)), 2, RoundingMode.HALF_UP);
        Light light = progress.compareTo(SIXTY) < 0 ? Light.RED : progress.compareTo(EIGHTY) < 0 ? Light.YELLOW : Light.GREEN;
        return new SpendingProgress(month, executed, fullYearBudget, progress, light);
    }

    /** 执行率 = 全年执行数 ÷ 全年预算数, as a percentage with two decimals, rounded half-up. */
    static BigDecimal executionRate(Yuan executed, Yuan fullYearBudget) {
        if (fullYearBudget.amount().signum() <= 0) {
            throw new IllegalArgumentException("the full-year budget must be above zero: " + fullYearBudget);
        }
        return executed.amount().multiply(PERCENT).divide(fullYearBudget.amount(), 2, RoundingMode.HALF_UP);
    }
}
