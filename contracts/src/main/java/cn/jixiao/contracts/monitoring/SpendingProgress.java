package cn.jixiao.contracts.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * In-year monitoring (绩效监控) of spending against the budget: progress = (执行数 ÷ 全年预算数) ÷ (月份 ÷ 12) × 100,
 * i.e. 100 when the money goes out evenly over the year. The percentage is rounded half-up to two decimals once,
 * at the end, and the light is judged on that shown figure. The one rule for every service that shows the light
 * (project-service's ledger, evaluation-service's district overview). A project without a budget above 0 has no
 * progress to measure, so none can be built; callers show such projects as "no budget" rather than as a light.
 *
 * @param month    the month of the budget year the progress is judged at, 1–12 (spending up to its end counts)
 * @param executed spent up to the end of {@code month}
 * @param progress the percentage, two decimals
 */
public record SpendingProgress(int month, Yuan executed, Yuan fullYearBudget, BigDecimal progress, MonitoringLight light) {

    private static final BigDecimal MONTHS_TIMES_PERCENT = BigDecimal.valueOf(12 * 100);

    public SpendingProgress {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(fullYearBudget, "fullYearBudget");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(light, "light");
    }

    /**
     * @throws IllegalArgumentException for a month outside 1–12 or a full-year budget not above 0
     */
    public static SpendingProgress of(Yuan executed, Yuan fullYearBudget, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A month of the budget year is 1–12, got " + month);
        }
        ExecutionRate.requireBudget(fullYearBudget);
        // (e ÷ b) ÷ (m ÷ 12) × 100 = e × 1200 ÷ (b × m): one exact division, one rounding
        BigDecimal progress = executed.amount().multiply(MONTHS_TIMES_PERCENT)
                .divide(fullYearBudget.amount().multiply(BigDecimal.valueOf(month)), 2, RoundingMode.HALF_UP);
        return new SpendingProgress(month, executed, fullYearBudget, progress, MonitoringLight.of(progress));
    }
}
