package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.evaluation.template.QualitativeGrade;

/** An indicator's 实际完成值: a measured number, or the evaluator's judgement of a 定性 indicator. */
public sealed interface ActualValue {

    /**
     * A number with its unit as reported, e.g. 9 次, 96.5 %, 1980000 元.
     *
     * @param unit {@code null} when the street wrote a bare number, which is then read in the target's unit
     */
    record Measured(BigDecimal value, String unit) implements ActualValue {

        private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("^\\s*[-+]?[\\d,]*\\.?\\d+\\s*(.*?)\\s*$");

        public Measured {
            Objects.requireNonNull(value, "value");
        }

        public static Measured of(String value, String unit) {
            return new Measured(new BigDecimal(value), unit);
        }

        /**
         * The actual project-service reported. Its event carries the parsed number but not the unit, so the unit
         * is read from the text after the number ("12个" → 个); a text that does not start with the number gives
         * no unit.
         */
        public static Measured reported(ActualsReported.Actual actual) {
            if (actual.value() == null) {
                throw new IllegalArgumentException("Actual " + actual.indicatorId() + " (" + actual.text()
                        + ") has no number; a qualitative indicator is judged by the evaluator");
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
     * The evaluator's grade for a 定性 indicator and the points awarded, which must lie in the grade's band.
     *
     * @param score points out of the weight the indicator is scored against (its rescaled weight when the
     *              template drops not-applicable indicators), at most two decimals
     */
    record Judged(QualitativeGrade grade, BigDecimal score) implements ActualValue {

        public Judged {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(score, "score");
        }

        public static Judged of(QualitativeGrade grade, String score) {
            return new Judged(grade, new BigDecimal(score));
        }
    }
}
