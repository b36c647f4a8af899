package cn.jixiao.project.indicators;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The actuals of many lines, saved at once on top of the version the street read: the table a clerk fills in and
 * saves once. Each line takes what {@link ReportActual} takes for one indicator, under the same names. The lines'
 * own problems (an unknown indicator, a blank or unreadable actual, a note too long) are checked together by
 * {@link ActualsBatch}, so a refusal names every bad line at once.
 */
@Schema(description = "一次填报多个指标的实际完成值（全部保存或全部不保存）/ report the actuals of many indicators at "
        + "once, all or nothing")
public record ReportActuals(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "各指标的实际完成值，每个指标至多一行；未列出的指标保持原值 / one line per indicator reported; "
                + "indicators not listed keep their actuals")
        @NotNull @Size(min = 1, max = ActualsBatch.MAX_LINES) List<@NotNull @Valid Line> actuals) {

    @Schema(description = "一个指标的实际完成值 / one indicator's actual")
    public record Line(
            @Schema(description = "指标编号 / indicator id", example = "jc-activities") String indicatorId,
            @Schema(description = "实际完成值，如 98%、9次、按时完成 / actual value as written", example = "9次") String actual,
            @Schema(description = "偏差原因分析及改进措施；未达到年度指标值时必填，提交自评前补齐 / why it fell short and "
                    + "what will change; needed before the evaluation is submitted when the target was missed")
            String deviationNote) {
    }
}
