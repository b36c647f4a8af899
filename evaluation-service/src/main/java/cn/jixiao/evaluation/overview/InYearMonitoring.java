package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.monitoring.SpendingProgress;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;

/**
 * A project's 绩效监控 light as of a month of the budget year: what the ledger booked up to the end of that month
 * against the pace of the year. Plain Java.
 */
@Schema(description = "绩效监控（支出进度红黄绿灯）/ in-year monitoring light")
public record InYearMonitoring(
        @Schema(description = "截至月份 / as of the end of month") int month,
        @Schema(description = "截至该月累计支出（元）/ spent up to that month, yuan") Yuan spentToDate,
        @Schema(description = "支出进度 =（累计支出 ÷ 全年预算数）÷（月份 ÷ 12）× 100 / progress against the year's pace")
        BigDecimal progress,
        @Schema(description = "红灯 < 60，黄灯 60–80，绿灯 ≥ 80 / RED < 60, YELLOW 60–80, GREEN ≥ 80") MonitoringLight light,
        @Schema(description = "灯色 / label", example = "黄灯") String lightLabel) {

    /**
     * The light, or {@code null} when there is nothing to measure: no budget above 0, or no monthly ledger figures
     * received yet. A 全年执行数 entered as a summary figure has no months and is never split into them, so a project
     * with only a summary figure has no light.
     */
    public static InYearMonitoring of(Yuan budget, List<MonthTotal> spentByMonth, int month) {
        if (budget == null || budget.amount().signum() <= 0 || spentByMonth == null || spentByMonth.isEmpty()) {
            return null;
        }
        Yuan spent = spentByMonth.stream().filter(total -> total.month() <= month).map(MonthTotal::amount)
                .reduce(Yuan.ZERO, Yuan::plus);
        SpendingProgress progress = SpendingProgress.of(spent, budget, month);
        return new InYearMonitoring(month, spent, progress.progress(), progress.light(), progress.light().label());
    }
}
