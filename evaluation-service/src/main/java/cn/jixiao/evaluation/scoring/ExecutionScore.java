package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.contracts.money.Yuan;

/**
 * The 预算执行率 line of the form.
 *
 * @param ratePercent the rate as printed, in percent with two decimals (or whole, if the template rounds it), not
 *                    capped; what the explanation threshold is judged on. {@code null} when the full-year budget is
 *                    0 and there is no rate
 * @param weight      the template's 分值 for budget execution
 * @param score       min(rate, 100%) × weight, two decimals: by default the exact rate, rounded once; the printed
 *                    rate where the template says so ({@code ExecutionRateRule})
 * @param explanation the arithmetic, printable in the report
 */
public record ExecutionScore(Yuan fullYearBudget, Yuan executed, BigDecimal ratePercent, BigDecimal weight,
                             BigDecimal score, String explanation) {
}
