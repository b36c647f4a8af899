package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The score band of one qualitative grade, in percent of the indicator's weight: from {@code fromPercent}
 * inclusive to {@code toPercent} exclusive, except that the top band includes 100% (full marks).
 *
 * @param grade the code the evaluator chooses and the API carries: {@code ACHIEVED}, {@code PARTLY_ACHIEVED} and
 *              {@code NOT_ACHIEVED} for the national three ({@link QualitativeGrade}), the grade as printed
 *              (优, 良, 较好, …) for a template's own scale
 * @param label as the form prints it; when absent, the national grade's phrase (达成年度指标) or the code itself.
 *              Templates stored before scales were the template's carry no label and read so
 */
public record QualitativeBand(String grade, String label, BigDecimal fromPercent, BigDecimal toPercent) {

    public QualitativeBand {
        grade = grade == null ? null : grade.strip();
        label = label == null || label.isBlank() ? defaultLabel(grade) : label.strip();
    }

    public static QualitativeBand of(QualitativeGrade grade, int fromPercent, int toPercent) {
        return new QualitativeBand(grade.name(), grade.label(), BigDecimal.valueOf(fromPercent),
                BigDecimal.valueOf(toPercent));
    }

    /** A grade of a template's own scale, its code being the grade as printed, e.g. 优 or 较好. */
    public static QualitativeBand of(String grade, int fromPercent, int toPercent) {
        return new QualitativeBand(grade, null, BigDecimal.valueOf(fromPercent), BigDecimal.valueOf(toPercent));
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
        return toPercent != null && toPercent.compareTo(Weights.HUNDRED) == 0;
    }

    /** E.g. "分值的 60%（含）至 80%（不含）". */
    public String describe() {
        return "分值的 " + plain(fromPercent) + "%（含）至 " + plain(toPercent) + "%" + (includesTop() ? "（含）" : "（不含）");
    }

    private static String plain(BigDecimal percent) {
        return percent == null ? "?" : percent.stripTrailingZeros().toPlainString();
    }

    private static String defaultLabel(String grade) {
        return Arrays.stream(QualitativeGrade.values())
                .filter(national -> national.name().equals(grade))
                .map(QualitativeGrade::label)
                .findFirst()
                .orElse(grade);
    }
}
