package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;

/** A project's budget as the API shows it: every amount in 元 and, as the self-evaluation form prints it, in 万元. */
@Schema(description = "项目预算 / a project's budget")
public record BudgetView(
        @Schema(description = "项目标识 / project id") String projectId,
        @Schema(description = "预算年度 / budget year") int year,
        @Schema(description = "年初预算数 / initial budget") Amount initialBudget,
        @Schema(description = "预算调整（追加、调减），按日期排列 / adjustments in date order") List<AdjustmentView> adjustments,
        @Schema(description = "调整合计 / sum of the adjustments") Amount adjustmentTotal,
        @Schema(description = "全年预算数 = 年初预算数 + 调整合计 / full-year budget") Amount fullYearBudget,
        @Schema(description = "按资金来源 / by funding source") List<SourceView> bySource,
        @Schema(description = "按政府支出经济分类 / by economic classification") List<ClassificationView> byClassification,
        @Schema(description = "分月支出计划：各月末累计支出百分比，未设时为空 / the monthly plan, cumulative percentages; empty "
                + "when none") List<BigDecimal> monthlyPlan,
        @Schema(description = "最后修改人 / last changed by") String updatedBy,
        @Schema(description = "最后修改时间 / last changed at") Instant updatedAt,
        @Schema(description = "版本号，修改时原样提交用于并发控制 / version, send it back when changing the budget") Long version) {

    /**
     * An amount in both units.
     *
     * @param yuan exact, in 元 with two decimals
     * @param wan  in 万元, two decimals rounded half-up, e.g. 200.00
     */
    @Schema(description = "金额 / amount")
    public record Amount(
            @Schema(description = "元，两位小数 / yuan", example = "2000000.00") Yuan yuan,
            @Schema(description = "万元，两位小数（四舍五入）/ ten-thousand yuan", example = "200.00") BigDecimal wan) {

        static Amount of(Yuan yuan) {
            return new Amount(yuan, yuan.inWan());
        }
    }

    @Schema(description = "预算调整 / adjustment")
    public record AdjustmentView(
            @Schema(description = "调整日期 / date") LocalDate date,
            @Schema(description = "追加 或 调减 / increase or reduction", example = "追加") String kind,
            @Schema(description = "调整金额，调减为负 / amount, negative for a reduction") Amount amount,
            @Schema(description = "调整原因 / reason") String reason) {
    }

    @Schema(description = "资金来源行 / funding source row")
    public record SourceView(
            @Schema(description = "资金来源代码 / source") FundingSource source,
            @Schema(description = "资金来源名称 / name", example = "本年财政拨款") String name,
            @Schema(description = "年初预算数 / initial") Amount initial,
            @Schema(description = "全年预算数 / full year") Amount fullYear) {
    }

    @Schema(description = "经济分类行 / economic classification row")
    public record ClassificationView(
            @Schema(description = "经济分类编码 / code", example = "30227") String code,
            @Schema(description = "经济分类名称 / name", example = "委托业务费") String name,
            @Schema(description = "金额 / amount") Amount amount) {
    }

    static BudgetView of(ProjectBudget stored) {
        Budget budget = stored.budget();
        return new BudgetView(stored.id(), stored.year(), Amount.of(budget.initial()),
                budget.adjustments().stream().map(adjustment -> new AdjustmentView(adjustment.date(),
                        adjustment.isIncrease() ? "追加" : "调减", Amount.of(adjustment.amount()), adjustment.reason())).toList(),
                Amount.of(budget.adjustmentTotal()), Amount.of(budget.fullYear()),
                budget.bySource().stream().map(line -> new SourceView(line.source(), line.source().displayName(),
                        Amount.of(line.initial()), Amount.of(line.fullYear()))).toList(),
                budget.byClassification().stream().map(line -> new ClassificationView(line.code(), line.name(),
                        Amount.of(line.amount()))).toList(),
                budget.monthlyPlan() == null ? null : budget.monthlyPlan().cumulativePercent(),
                stored.updatedBy(), stored.updatedAt(), stored.version());
    }
}
