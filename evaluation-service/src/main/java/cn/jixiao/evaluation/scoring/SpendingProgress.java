package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * In-year monitoring (绩效监控): how spending keeps pace with the year, (执行数 ÷ 预算数) ÷ (月份 ÷ 12) × 100.
 * 100 means spending exactly on pace. A project without a budget has no progress to measure, so one cannot be
 * built; callers show such projects as "no budget" rather than as a light.
 *
 * @param month the month of the budget year the figures are as of, 1–12
 */
public record SpendingProgress(Yuan budget, Yuan executed, int month) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public SpendingProgress {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(executed, "executed");
        if (budget.amount().signum() <= 0) {
            throw new IllegalArgumentException("Spending progress needs a budget above 0, got " + budget);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A month of the budget year is 1–12, got " + month);
        }
    }

    /** Two decimals, half-up; the light is decided on this printed figure. */
    public BigDecimal percent() {
        // executed × 12 × 100 ÷ (budget × month): one exact division, rounded once.
        return executed.amount().multiply(MONTHS).multiply(Figures.HUNDRED)
                .divide(budget.amount().multiply(BigDecimal.valueOf(month)), 2, RoundingMode.HALF_UP);
    }

    public TrafficLight light() {
        return TrafficLight.of(percent());
    }
}
