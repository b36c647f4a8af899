package cn.jixiao.contracts.monitoring;

import java.math.BigDecimal;

/**
 * The 绩效监控 light for spending progress: red below 60, yellow from 60 to below 80, green from 80. In JSON it is
 * the constant's name ({@code RED}, {@code YELLOW}, {@code GREEN}); {@link #label()} is what a person reads.
 */
public enum MonitoringLight {
    RED("红灯"), YELLOW("黄灯"), GREEN("绿灯");

    private static final BigDecimal YELLOW_FROM = BigDecimal.valueOf(60);
    private static final BigDecimal GREEN_FROM = BigDecimal.valueOf(80);

    private final String label;

    MonitoringLight(String label) {
        this.label = label;
    }

    /** 红灯, 黄灯 or 绿灯. */
    public String label() {
        return label;
    }

    /** The light of a progress figure, judged on the figure as shown (two decimals), so number and colour agree. */
    public static MonitoringLight of(BigDecimal progressPercent) {
        if (progressPercent.compareTo(GREEN_FROM) >= 0) {
            return GREEN;
        }
        return progressPercent.compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
    }
}
