package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.Grade;

/** One project of the district overview: its latest evaluation round. */
@Schema(description = "区级总览的一行：项目最新一轮自评 / one project's latest evaluation round")
public record OverviewRow(
        @Schema(description = "自评编号 / evaluation id") String evaluationId,
        @Schema(description = "项目编号 / project id") String projectId,
        @Schema(description = "街道 / street", example = "jixiao:panlong:jinchen") String streetId,
        @Schema(description = "项目编码 / project code", example = "530103-2023-MZTJ-001") String projectCode,
        @Schema(description = "项目名称 / project name") String projectName,
        @Schema(description = "评价轮次，重新打开后加一 / round, +1 after reopening") int round,
        @Schema(description = "自评状态 / status", example = "DRAFT") String status,
        @Schema(description = "全年预算数（元）/ full-year budget, yuan") Yuan budget,
        @Schema(description = "全年执行数（元）：有账表取账表，否则取录入的汇总数（如部门决算）/ executed, yuan: the ledger's,"
                + " else the summary figure entered") Yuan executed,
        @Schema(description = "执行率（%，两位小数）；无预算时为空 / execution rate in %, empty without a budget")
        BigDecimal executionRate,
        @Schema(description = "自评得分 / self-score") BigDecimal selfScore,
        @Schema(description = "自评等级 / self-evaluation grade") Grade selfGrade,
        @Schema(description = "复核分，区级未复核时为空 / the district's review score, empty until reviewed") BigDecimal reviewScore,
        @Schema(description = "复核等级 / review grade") Grade reviewGrade,
        @Schema(description = "等级：有复核等级取复核等级，否则取自评等级 / the review grade if any, else the self grade") Grade grade,
        @Schema(description = "绩效监控红黄绿灯，按账表的月度支出计算；无预算或无月度支出时为空。汇总数没有月度数据，不拆分到各月，"
                + "故只有汇总数的项目监控灯为空 / monitoring light from the ledger's monthly spending, empty without budget or"
                + " monthly spending; a summary figure has no months and is never split into them")
        InYearMonitoring monitoring) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 执行率 in %, two decimals half-up; none without a budget above 0. Nothing spent yet is 0%. */
    static BigDecimal rate(Yuan budget, Yuan executed) {
        if (budget == null || budget.amount().signum() <= 0) {
            return null;
        }
        BigDecimal spent = executed == null ? BigDecimal.ZERO : executed.amount();
        return spent.multiply(HUNDRED).divide(budget.amount(), 2, RoundingMode.HALF_UP);
    }
}
