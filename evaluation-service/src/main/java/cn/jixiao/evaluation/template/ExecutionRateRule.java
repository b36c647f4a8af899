package cn.jixiao.evaluation.template;

/**
 * How the budget execution score is computed: 执行率 × 分值, never above the 分值.
 *
 * @param roundRateToWholePercent some templates round the rate to a whole percent before multiplying
 *                                (85.47% → 85%); otherwise the rate as printed, two decimals of a percent
 */
public record ExecutionRateRule(boolean roundRateToWholePercent) {

    public static ExecutionRateRule nationalDefault() {
        return new ExecutionRateRule(false);
    }
}
