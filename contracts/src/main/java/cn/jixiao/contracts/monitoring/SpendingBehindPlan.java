package cn.jixiao.contracts.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * 双监控's spending line: how far the execution rate at a monitoring round's date lags the planned spending curve,
 * in percentage points, and the light that follows. Behind the plan by more than the round's margin is yellow, by
 * more than twice the margin red; on or ahead of the plan, or behind by at most the margin, green. Judged on the
 * figures as shown (two decimals), so the numbers and the colour agree. Without a monthly plan the curve is linear,
 * {@link #linearPlan(int)} (the month ÷ 12 of the budget), which the form says. The one rule for every service
 * that shows the monitoring round's spending light; {@link SpendingProgress} is the district overview's different
 * measure (progress against an even year, 60/80).
 *
 * @param executed       spent up to the round's date
 * @param fullYearBudget 全年预算数, above 0
 * @param executionRate  executed ÷ budget × 100, as {@link ExecutionRate} prints it
 * @param plannedPercent the share of the budget the plan expects spent by then, two decimals
 * @param marginPoints   the round's margin, percentage points
 * @param behindPoints   planned − executed rate, two decimals; negative when ahead of the plan
 */
public record SpendingBehindPlan(Yuan executed, Yuan fullYearBudget, BigDecimal executionRate, BigDecimal plannedPercent,
                                 BigDecimal marginPoints, BigDecimal behindPoints, MonitoringLight light) {

    /** The margin a round states when the district opens it without one: 10 percentage points. */
    public static final BigDecimal DEFAULT_MARGIN_POINTS = BigDecimal.TEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public SpendingBehindPlan {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(fullYearBudget, "fullYearBudget");
        Objects.requireNonNull(light, "light");
    }

    /** The linear plan: month ÷ 12 of the budget by the end of the month, e.g. 50.00 at the end of June. */
    public static BigDecimal linearPlan(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A month of the budget year is 1–12, got " + month);
        }
        return HUNDRED.multiply(BigDecimal.valueOf(month)).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    /**
     * @param plannedPercent the plan's share by then, 0–100
     * @param marginPoints   above 0
     * @throws IllegalArgumentException for a budget not above 0, a plan outside 0–100 or a margin not above 0
     */
    public static SpendingBehindPlan of(Yuan executed, Yuan fullYearBudget, BigDecimal plannedPercent,
                                        BigDecimal marginPoints) {
        if (plannedPercent.signum() < 0 || plannedPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A planned share is 0–100 %, got " + plannedPercent.toPlainString());
        }
        if (marginPoints.signum() <= 0) {
            throw new IllegalArgumentException("The margin must be above 0 points, got " + marginPoints.toPlainString());
        }
        BigDecimal rate = ExecutionRate.printedPercent(executed, fullYearBudget);
        BigDecimal planned = plannedPercent.setScale(2, RoundingMode.HALF_UP);
        BigDecimal behind = planned.subtract(rate);
        MonitoringLight light = behind.compareTo(marginPoints.add(marginPoints)) > 0 ? MonitoringLight.RED
                : behind.compareTo(marginPoints) > 0 ? MonitoringLight.YELLOW : MonitoringLight.GREEN;
        return new SpendingBehindPlan(executed, fullYearBudget, rate, planned, marginPoints, behind, light);
    }
}
