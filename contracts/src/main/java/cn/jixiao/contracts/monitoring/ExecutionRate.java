package cn.jixiao.contracts.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.contracts.money.Yuan;

/**
 * 预算执行率 = 全年执行数 ÷ 全年预算数, as the form prints it: a percentage with two decimals, rounded half-up. The
 * one rule for the ledger summary (project-service) and the score's 预算执行率 line (evaluation-service). How the
 * score uses the rate (this printed figure, or the exact quotient) is the evaluation template's setting.
 */
public final class ExecutionRate {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private ExecutionRate() {
    }

    /**
     * @throws IllegalArgumentException when the full-year budget is not above 0: there is no rate then
     */
    public static BigDecimal printedPercent(Yuan executed, Yuan fullYearBudget) {
        requireBudget(fullYearBudget);
        return executed.amount().multiply(PERCENT).divide(fullYearBudget.amount(), 2, RoundingMode.HALF_UP);
    }

    static void requireBudget(Yuan fullYearBudget) {
        if (fullYearBudget.amount().signum() <= 0) {
            throw new IllegalArgumentException("The full-year budget must be above 0, got " + fullYearBudget);
        }
    }
}
