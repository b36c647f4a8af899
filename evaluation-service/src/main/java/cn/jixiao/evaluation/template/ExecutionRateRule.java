package cn.jixiao.evaluation.template;

/**
 * How the budget execution score is computed: 执行率 × 分值, never above the 分值 and never below 0. The rate is
 * always shown as the form prints it (two decimals of a percent); what is multiplied is the template's setting.
 *
 * @param roundRateToWholePercent some templates round the rate to a whole percent before multiplying
 *                                (85.47% → 85%); the whole percent is then what is multiplied
 * @param scorePrintedRate        multiply the rate as printed, two decimals (84.945% → 84.95% × 10 = 8.50), as
 *                                the platform did until templates said otherwise; by default the exact rate is
 *                                multiplied and the score rounded once (84.945% × 10 = 8.4945 → 8.49), as the
 *                                forms kept in spreadsheets do. A template stored before this setting existed
 *                                reads it as {@code false}
 */
public record ExecutionRateRule(boolean roundRateToWholePercent, boolean scorePrintedRate) {

    /** The exact rate times the weight, rounded once. */
    public static ExecutionRateRule nationalDefault() {
        return new ExecutionRateRule(false, false);
    }

    /** The rate rounded to a whole percent first (85.47% → 85%), then multiplied. */
    public static ExecutionRateRule wholePercent() {
        return new ExecutionRateRule(true, false);
    }

    /** The rate as printed, two decimals, multiplied: the platform's arithmetic before templates chose. */
    public static ExecutionRateRule printedRate() {
        return new ExecutionRateRule(false, true);
    }
}
