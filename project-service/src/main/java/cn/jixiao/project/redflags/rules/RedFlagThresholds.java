package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the red-flag rules: one home for them, with the defaults a district starts from. Shares are
 * percentages, money exact yuan.
 *
 * @param yearEndWindowDays     the last days of the year that count as its end (31: December)
 * @param yearEndSharePercent   a share of the year's spending in that window above this is a year-end rush
 * @param procurementThreshold  the procurement threshold payments are split under (分散采购限额标准, 货物服务 100 万元)
 * @param splitMarginPercent    "just under": at least this much below the threshold, e.g. 20 → 80–100% of it
 * @param splitWindowDays       payments to the same payee within this many days of the first one are one series
 * @param splitMinPayments      this many payments just under the threshold in one window are a split
 * @param payeeSharePercent     one payee taking more than this share of the project's money is a concentration
 * @param payeeMinEntries       a ledger of fewer entries is not judged for concentration (one contract, one payee)
 * @param afterCloseGraceDays   days after 31 December still accepted as the year's spending
 * @param roundUnit             a payment that is a whole multiple of this is round
 * @param roundMinInSeries      this many round payments one after another (in date order) are a series
 */
public record RedFlagThresholds(
        int yearEndWindowDays,
        BigDecimal yearEndSharePercent,
        BigDecimal procurementThreshold,
        BigDecimal splitMarginPercent,
        int splitWindowDays,
        int splitMinPayments,
        BigDecimal payeeSharePercent,
        int payeeMinEntries,
        int afterCloseGraceDays,
        BigDecimal roundUnit,
        int roundMinInSeries) {

    /** The defaults: plain figures a district's overseer recognises, to be tuned by the district. */
    public static final RedFlagThresholds DEFAULTS = new RedFlagThresholds(31, new BigDecimal("30"),
            new BigDecimal("1000000"), new BigDecimal("20"), 30, 2, new BigDecimal("50"), 3, 0,
            new BigDecimal("10000"), 3);

    public RedFlagThresholds {
        Objects.requireNonNull(yearEndSharePercent, "yearEndSharePercent");
        Objects.requireNonNull(procurementThreshold, "procurementThreshold");
        Objects.requireNonNull(splitMarginPercent, "splitMarginPercent");
        Objects.requireNonNull(payeeSharePercent, "payeeSharePercent");
        Objects.requireNonNull(roundUnit, "roundUnit");
        if (yearEndWindowDays < 1 || yearEndWindowDays > 365) {
            throw new IllegalArgumentException("the year's end is 1 to 365 days");
        }
        if (splitWindowDays < 0 || splitMinPayments < 2 || roundMinInSeries < 2 || payeeMinEntries < 1
                || afterCloseGraceDays < 0) {
            throw new IllegalArgumentException("a series is two payments or more, windows and counts not negative");
        }
        if (procurementThreshold.signum() <= 0 || roundUnit.signum() <= 0) {
            throw new IllegalArgumentException("the procurement threshold and the round unit are above zero");
        }
        for (BigDecimal percent : new BigDecimal[]{yearEndSharePercent, splitMarginPercent, payeeSharePercent}) {
            if (percent.signum() < 0 || percent.compareTo(Percent.HUNDRED) > 0) {
                throw new IllegalArgumentException("a percentage is 0 to 100: " + percent);
            }
        }
    }

    /** The lowest amount that is "just under" the procurement threshold. */
    BigDecimal splitFloor() {
        return procurementThreshold.multiply(Percent.HUNDRED.subtract(splitMarginPercent)).divide(Percent.HUNDRED);
    }
}
