package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.ActualReadingKind;

/**
 * The actual value (实际完成值) reported for an indicator.
 *
 * @param text          as written, printed on the form
 * @param value         the number, {@code null} for a qualitative indicator
 * @param unit          the unit the number is in (the target's, when the street left it out or wrote 元 for 万元)
 * @param deviationNote 偏差原因分析及改进措施
 * @param reading       how the text was read against the target; {@code null} for actuals stored before #17
 */
@Schema(description = "实际完成值 / reported actual value")
public record ReportedActual(
        @Schema(description = "实际完成值（原文）/ as written", example = "9次") String text,
        @Schema(description = "解析出的数值；定性指标为空 / the number, empty when qualitative", example = "9") BigDecimal value,
        @Schema(description = "单位 / unit", example = "次") String unit,
        @Schema(description = "偏差原因分析及改进措施 / why it fell short and what will change") String deviationNote,
        @Schema(description = "填报人 / reported by") String reportedBy,
        @Schema(description = "填报时间 / reported at") Instant reportedAt,
        @Schema(description = "读取方式：AS_WRITTEN 按所写、TARGET_UNIT 按年度指标值的单位、CONVERTED 已换算、OTHER_COUNT_UNIT "
                + "另一计数单位（由模板判断）、TEXT_ON_NUMERIC_TARGET 数值指标填了文字（由评价人判断）、STATEMENT 文字说明 / "
                + "how it was read", example = "TARGET_UNIT") ActualReadingKind reading) {

    /** The longest 偏差原因分析及改进措施 accepted, on the form and in the workbook alike. */
    public static final int MAX_NOTE_LENGTH = 2000;
}
