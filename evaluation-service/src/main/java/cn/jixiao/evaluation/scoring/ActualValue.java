package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.evaluation.template.QualitativeGrade;

/**
 * An indicator's 实际完成值: a measured number, a text the street wrote against a numeric target (完成, 已完成), or
 * the evaluator's judgement of a 定性 indicator or of such a text.
 */
public sealed interface ActualValue {

    /**
     * A number with its unit as reported, e.g. 9 次, 96.5 %, 1980000 元.
     *
     * @param unit    the unit {@code value} is in; {@code null} when the street wrote a bare number, which is then
     *                read in the target's unit
     * @param written the text as the street wrote it when it differs from value and unit (a bare "100" read as
     *                100%, "550000元" read as 55万元), shown back in the explanation; else {@code null}
     */
    record Measured(BigDecimal value, String unit, String written) implements ActualValue {

        private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("^\\s*[-+]?[\\d,]*\\.?\\d+\\s*(.*?)\\s*$");

        public Measured {
            Objects.requireNonNull(value, "value");
        }

        public Measured(BigDecimal value, String unit) {
            this(value, unit, null);
        }

        public static Measured of(String value, String unit) {
            return new Measured(new BigDecimal(value), unit);
        }

        /**
         * The actual project-service reported. Since #17 its event says the unit the number is in (a bare number
         * read in the target's, 元 converted into 万元, …), and the text as written is kept to be shown back. An
         * older event carries the number as written but not the unit, so the unit is read from the text after the
         * number ("12个" → 个); a text that does not start with the number gives no unit.
         */
        public static Measured reported(ActualsReported.Actual actual) {
            if (actual.value() == null) {
                throw new IllegalArgumentException("Actual " + actual.indicatorId() + " (" + actual.text()
                        + ") has no number; a qualitative indicator is judged by the evaluator");
            }
            if (actual.reading() != null) {
                return new Measured(actual.value(), actual.unit(), actual.text());
            }
            String unit = null;
            if (actual.text() != null) {
                Matcher matcher = NUMBER_THEN_UNIT.matcher(actual.text());
                if (matcher.matches() && !matcher.group(1).isEmpty()) {
                    unit = matcher.group(1);
                }
            }
            return new Measured(actual.value(), unit);
        }
    }

    /**
     * A text reported against a numeric target, e.g. 完成 against ≥1个: kept as written and left to the evaluator's
     * judgement ({@link Judged}); until judged the line scores nothing and blocks submission.
     */
    record Described(String text) implements ActualValue {
    }

    /**
     * The evaluator's grade for a 定性 indicator (or for a text actual on a numeric target) and the points
     * awarded, which must lie in the grade's band of the template's qualitative scale.
     *
     * @param grade the grade's code in the template's scale: ACHIEVED, … for the national three, else e.g. 优
     * @param score points out of the weight the indicator is scored against (its rescaled weight when the
     *              template drops not-applicable indicators), at most two decimals
     */
    record Judged(String grade, BigDecimal score) implements ActualValue {

        public Judged {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(score, "score");
        }

        public Judged(QualitativeGrade grade, BigDecimal score) {
            this(grade.name(), score);
        }

        public static Judged of(QualitativeGrade grade, String score) {
            return new Judged(grade.name(), new BigDecimal(score));
        }

        public static Judged of(String grade, String score) {
            return new Judged(grade, new BigDecimal(score));
        }
    }
}
