package cn.jixiao.evaluation.overview;

import cn.jixiao.contracts.monitoring.MonitoringLight;

/** A row's 绩效监控 light as the overview filters and counts it: the three colours, or none to measure. */
public enum OverviewLight {
    RED("红灯"), YELLOW("黄灯"), GREEN("绿灯"), NONE("无");

    private final String label;

    OverviewLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static OverviewLight of(InYearMonitoring monitoring) {
        if (monitoring == null) {
            return NONE;
        }
        MonitoringLight light = monitoring.light();
        return switch (light) {
            case RED -> RED;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
        };
    }
}
