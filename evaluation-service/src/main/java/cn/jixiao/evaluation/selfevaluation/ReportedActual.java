package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;

/**
 * An 实际完成值 as this service keeps it, read from project-service's ActualsReported at the feed, or computed from a
 * satisfaction survey.
 *
 * @param indicatorId   the {@link ProjectIndicator} it is the actual of
 * @param text          as written, e.g. "100%", "12个", "按时完成"
 * @param value         the number, {@code null} for a qualitative actual
 * @param deviationNote 偏差原因分析及改进措施, {@code null} if none was written
 * @param unit          the unit {@code value} is in, as project-service read it; {@code null} before #17
 * @param reading       how project-service read the text; {@code null} before #17 and for survey results
 */
public record ReportedActual(String indicatorId, String text, BigDecimal value, String deviationNote, String unit,
                             ActualReadingKind reading) {

    /** An actual as reported before #17, or computed from a survey: the value in the target's unit. */
    public ReportedActual(String indicatorId, String text, BigDecimal value, String deviationNote) {
        this(indicatorId, text, value, deviationNote, null, null);
    }

    /** The actual as the scoring engine takes it. */
    ActualsReported.Actual forScoring() {
        return new ActualsReported.Actual(indicatorId, text, value, deviationNote, unit, reading);
    }
}
