package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 追加 or 调减 as the editor enters it. */
@Schema(description = "预算调整 / a budget adjustment")
public record AdjustmentRow(
        @Schema(description = "调整日期，须在项目预算年度内 / date, inside the budget year", example = "2023-07-15")
        @NotNull LocalDate date,
        @Schema(description = "调整金额（元）：追加为正，调减为负 / amount in yuan: positive adds (追加), negative reduces (调减)",
                example = "150000.00")
        @NotNull BigDecimal amount,
        @Schema(description = "调整原因（必填）/ reason (required)", example = "追加民族团结进步宣传月活动经费")
        @Size(max = 500) String reason) {
}
