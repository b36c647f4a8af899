package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** The 绩效监控 light for spending progress: red below 60, yellow from 60 to below 80, green from 80. */
public enum TrafficLight {
    RED("红灯"), YELLOW("黄灯"), GREEN("绿灯");

    private static final BigDecimal YELLOW_FROM = BigDecimal.valueOf(60);
    private static final BigDecimal GREEN_FROM = BigDecimal.valueOf(80);

    private final String label;

    TrafficLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TrafficLight of(BigDecimal progressPercent) {
        if (progressPercent.compareTo(GREEN_FROM) >= 0) {
            return GREEN;
        }
        return progressPercent.compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
    }
}
