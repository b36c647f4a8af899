package cn.jixiao.evaluation.template;

import java.math.BigDecimal;

/**
 * The score band of one qualitative grade, in percent of the indicator's weight: from {@code fromPercent}
 * inclusive to {@code toPercent} exclusive, except that the top band includes 100% (full marks).
 */
public record QualitativeBand(QualitativeGrade grade, BigDecimal fromPercent, BigDecimal toPercent) {

    public static QualitativeBand of(QualitativeGrade grade, int fromPercent, int toPercent) {
        return new QualitativeBand(grade, BigDecimal.valueOf(fromPercent), BigDecimal.valueOf(toPercent));
    }

    /** Whether {@code score} points out of {@code weight} lie in this band. */
    public boolean admits(BigDecimal score, BigDecimal weight) {
        BigDecimal percent = score.multiply(Weights.HUNDRED);
        BigDecimal from = fromPercent.multiply(weight);
        BigDecimal to = toPercent.multiply(weight);
        boolean aboveFrom = percent.compareTo(from) >= 0;
        boolean belowTo = includesTop() ? percent.compareTo(to) <= 0 : percent.compareTo(to) < 0;
        return aboveFrom && belowTo;
    }

    /** Whether the band's upper bound is full marks, which is then reachable. */
    public boolean includesTop() {
        return toPercent.compareTo(Weights.HUNDRED) == 0;
    }

    /** E.g. "分值的 60%（含）至 80%（不含）". */
    public String describe() {
        return "分值的 " + fromPercent.stripTrailingZeros().toPlainString() + "%（含）至 "
                + toPercent.stripTrailingZeros().toPlainString() + "%" + (includesTop() ? "（含）" : "（不含）");
    }
}
