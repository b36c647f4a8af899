package cn.jixiao.project.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.monitoring.MonitoringLight;

/**
 * A red or yellow line without its cause or corrective measure: what stops a submission, named with the line it
 * belongs to.
 *
 * @param line        {@code spending}, or {@code indicator}
 * @param indicatorId the indicator's id on an indicator line
 * @param field       {@code cause} or {@code measure}
 */
@Schema(description = "缺少的偏差说明 / a missing explanation")
public record MissingExplanation(String line, String indicatorId, String lineName, MonitoringLight light, String field,
                                 String message, String messageEn) {
}
