package cn.jixiao.contracts.report;

import cn.jixiao.contracts.EventType;

/** The events report-service publishes on {@link cn.jixiao.contracts.Topics#REPORT_EVENTS}, keyed by the project id. */
public final class ReportEvents {

    public static final EventType<ReportRendered> REPORT_RENDERED =
            new EventType<>("ReportRendered", 1, ReportRendered.class);

    private ReportEvents() {
    }
}
