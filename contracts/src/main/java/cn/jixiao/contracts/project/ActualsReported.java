package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * Actual values (实际完成值) were reported for some indicators. Carries the current actual of every
 * indicator that has one, so a consumer replaces what it had. Still version 1: {@code unit} and {@code reading}
 * were added (#17) and read {@code null} from older records.
 */
public record ActualsReported(String projectId, String districtId, String streetId, List<Actual> actuals, long revision) {

    /**
     * @param indicatorId   the indicator of {@link IndicatorsDefined}
     * @param text          as written, e.g. "100%", "100", "12个", "按时完成"
     * @param value         the number as read, in {@code unit}; {@code null} for a statement (a qualitative
     *                      actual, or words on a numeric target: see {@code reading})
     * @param deviationNote 偏差原因分析及改进措施, required when the indicator falls short
     * @param unit          the unit {@code value} is in: the target's (a bare number is read in it, 元 and 万元
     *                      are converted into it), or the count word as written ({@code OTHER_COUNT_UNIT});
     *                      {@code null} without a unit, and in records written before #17
     * @param reading       how the text was read; {@code null} in records written before #17 (then a number
     *                      was in the target's unit and words were only accepted for a qualitative target)
     */
    public record Actual(String indicatorId, String text, BigDecimal value, String deviationNote,
                         String unit, ActualReadingKind reading) {

        /** An actual as written before #17, without its unit and reading. */
        public Actual(String indicatorId, String text, BigDecimal value, String deviationNote) {
            this(indicatorId, text, value, deviationNote, null, null);
        }
    }
}
