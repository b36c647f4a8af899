package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * Actual values (实际完成值) were reported for some indicators. Carries the current actual of every
 * indicator that has one, so a consumer replaces what it had.
 */
public record ActualsReported(String projectId, String districtId, String streetId, List<Actual> actuals, long revision) {

    /**
     * @param indicatorId   the indicator of {@link IndicatorsDefined}
     * @param text          as written, e.g. "100%", "12个", "按时完成"
     * @param value         the parsed number, {@code null} for a qualitative actual
     * @param deviationNote 偏差原因分析及改进措施, required when the indicator falls short
     */
    public record Actual(String indicatorId, String text, BigDecimal value, String deviationNote) {
    }
}
