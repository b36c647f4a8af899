package cn.jixiao.project.indicators;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The actual value of one indicator, based on the version the street read. */
@Schema(description = "填报一个指标的实际完成值 / report one indicator's actual value")
public record ReportActual(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "实际完成值，如 98%、9次、按时完成 / actual value as written", example = "9次")
        @NotBlank @Size(max = TargetParser.MAX_LENGTH) String actual,
        @Schema(description = "偏差原因分析及改进措施；未达到年度指标值时必填，提交自评前补齐 / why it fell short and "
                + "what will change; needed before the evaluation is submitted when the target was missed")
        @Size(max = ReportedActual.MAX_NOTE_LENGTH) String deviationNote) {
}
