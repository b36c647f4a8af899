package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.ActualsReported;

/**
 * An 实际完成值 as this service keeps it, read from project-service's ActualsReported at the feed, or computed from a
 * satisfaction survey.
 *
 * @param indicatorId   the {@link ProjectIndicator} it is the actual of
 * @param text          as written, e.g. "100%", "12个", "按时完成"
 * @param value         the number, {@code null} for a qualitative actual
 * @param deviationNote 偏差原因分析及改进措施, {@code null} if none was written
 */
public record ReportedActual(String indicatorId, String text, BigDecimal value, String deviationNote) {

    /** The actual as the scoring engine takes it. */
    ActualsReported.Actual forScoring() {
        return new ActualsReported.Actual(indicatorId, text, value, deviationNote);
    }
}
