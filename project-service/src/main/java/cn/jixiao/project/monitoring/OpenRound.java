package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "下达绩效运行监控 / open a monitoring round")
public record OpenRound(
        @Schema(description = "名称 / name", example = "2023年年中绩效监控") @NotBlank @Size(max = 100) String name,
        @Schema(description = "数据截止日期，须为月末 / figures as of, a month's last day", example = "2023-06-30")
        @NotNull LocalDate asOf,
        @Schema(description = "填报截止日期 / due date", example = "2023-07-31") @NotNull LocalDate dueDate,
        @Schema(description = "支出进度偏差容忍度（百分点），默认 10 / margin in points, 10 if left out", example = "10")
        BigDecimal marginPoints) {
}
