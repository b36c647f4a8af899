package cn.jixiao.project.budget;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** One funding source row as the editor enters it. */
@Schema(description = "资金来源行 / one funding source row")
public record SourceRow(
        @Schema(description = "资金来源：CURRENT_YEAR_APPROPRIATION 本年财政拨款，PRIOR_YEAR_CARRYOVER 上年结转资金，OTHER 其他资金"
                + " / funding source", example = "CURRENT_YEAR_APPROPRIATION")
        @NotNull FundingSource source,
        @Schema(description = "年初预算数（元，最多两位小数）/ initial budget in yuan", example = "2000000.00")
        @NotNull BigDecimal initial,
        @Schema(description = "全年预算数（元，最多两位小数）/ full-year budget in yuan", example = "2000000.00")
        @NotNull BigDecimal fullYear) {
}
