package cn.jixiao.report.readmodel;

import java.util.List;

/**
 * The 实际完成值 of the indicators as last reported.
 *
 * @param revision project-service's revision of the actuals: older ones arriving late change nothing
 */
public record Actuals(List<Actual> actuals, long revision) {

    public Actuals {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
    }

    /**
     * @param indicatorId   the indicator of {@link IndicatorPlan}
     * @param text          as written, e.g. "100%", "12个", "按时完成"
     * @param deviationNote 偏差原因分析及改进措施
     */
    public record Actual(String indicatorId, String text, String deviationNote) {
    }
}
