package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The initial budget and its breakdowns. Adjustments already made stay; the breakdowns must then include them
 * (full-year amounts add up to 年初预算数 + adjustments).
 */
@Schema(description = "录入或修改年初预算及其明细 / set the initial budget and its breakdowns")
public record SetBudget(
        @Schema(description = "读取时的版本号；首次录入预算时不填。他人已修改则返回 409 / the version read; omit when setting the budget"
                + " for the first time. 409 if someone else changed it meanwhile")
        Long version,
        @Schema(description = "年初预算数（元，最多两位小数）/ initial budget in yuan", example = "2000000.00")
        @NotNull BigDecimal initialBudget,
        @Schema(description = "按资金来源的明细，年初数合计须等于年初预算数，全年数合计须等于全年预算数；未填的来源按 0 计"
                + " / by funding source; must add up to the initial and the full-year budget; sources left out count as 0")
        @NotNull @Size(max = 10) List<@NotNull @Valid SourceRow> bySource,
        @Schema(description = "按政府支出经济分类的明细，合计须等于全年预算数 / by economic classification; must add up to the full-year budget")
        @NotNull @Size(max = 100) List<@NotNull @Valid ClassificationRow> byClassification,
        @Schema(description = "分月支出计划（可选）：1–12 月末累计支出占全年预算的百分比，逐月不减，12 月为 100；绩效运行监控据此判断"
                + "支出进度，不填则按全年均衡支出（月份÷12）/ optional monthly plan: the cumulative percentage of the full-year "
                + "budget planned to be spent by the end of each month, January to December, never falling, December 100; "
                + "in-year monitoring plans linearly without it", example = "[5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100]")
        @Size(max = 12) List<BigDecimal> monthlyPlan) {

    /** Without a monthly plan. */
    public SetBudget(Long version, BigDecimal initialBudget, List<SourceRow> bySource,
                     List<ClassificationRow> byClassification) {
        this(version, initialBudget, bySource, byClassification, null);
    }
}
