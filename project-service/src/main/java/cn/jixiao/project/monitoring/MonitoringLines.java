package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorDimension;

/**
 * The lines of a 绩效监控表 with their lights, as {@link MonitoringRules} judged them: live while the street fills
 * the form, kept as submitted once it is submitted.
 */
@Schema(description = "绩效监控表各行及偏差灯 / the form's lines and their lights")
public record MonitoringLines(
        @Schema(description = "预算执行（支出进度）/ spending to date") SpendingLine spending,
        @Schema(description = "各三级指标的完成进度，不适用的指标除外 / every indicator's progress, 不适用 lines left out")
        List<IndicatorLine> indicators) {

    public MonitoringLines {
        indicators = List.copyOf(indicators);
    }

    @Schema(description = "支出进度 / spending to date against the budget and the planned curve")
    public record SpendingLine(
            @Schema(description = "截至数据截止日的支出（元），台账中日期不晚于截止日的明细合计 / spent up to the date, yuan")
            Yuan executed,
            @Schema(description = "全年预算数（元）；未录入或为 0 时为空 / full-year budget; empty when none") Yuan fullYearBudget,
            @Schema(description = "预算执行率（%）/ execution rate") BigDecimal executionRate,
            @Schema(description = "计划支出进度（%）/ planned share by the date") BigDecimal plannedPercent,
            @Schema(description = "MONTHLY 预算的分月支出计划、LINEAR 按月均衡（月份÷12）/ the plan used") String plan,
            @Schema(description = "计划说明 / how the plan was set", example = "预算未设分月支出计划，按全年均衡支出计算（6÷12）")
            String planNote,
            @Schema(description = "偏差容忍度（百分点）/ margin, points") BigDecimal marginPoints,
            @Schema(description = "落后计划的百分点，超前为负 / points behind the plan, negative when ahead")
            BigDecimal behindPoints,
            @Schema(description = "偏差灯：RED、YELLOW、GREEN；无预算时为空 / light; empty without a budget")
            MonitoringLight light,
            @Schema(description = "灯 / light label", example = "红灯") String lightLabel,
            @Schema(description = "判断依据 / why this light") String rule,
            @Schema(description = "偏差原因 / cause") String cause,
            @Schema(description = "纠偏措施 / corrective measure") String measure) {
    }

    @Schema(description = "指标完成进度 / one indicator's progress")
    public record IndicatorLine(
            @Schema(description = "指标编号 / id") String indicatorId,
            @Schema(description = "二级指标 / dimension") IndicatorDimension dimension,
            @Schema(description = "三级指标 / name") String name,
            @Schema(description = "现行年度指标值 / the target in force", example = "≥10次") String target,
            @Schema(description = "当前完成值 / progress to date") String progress,
            @Schema(description = "全年预计完成值 / expected full-year value") String expected,
            @Schema(description = "偏差灯 / light") MonitoringLight light,
            @Schema(description = "灯 / light label") String lightLabel,
            @Schema(description = "判断依据 / why this light") String rule,
            @Schema(description = "偏差原因 / cause") String cause,
            @Schema(description = "纠偏措施 / corrective measure") String measure) {
    }

    long count(MonitoringLight light) {
        return lights().filter(light::equals).count();
    }

    private Stream<MonitoringLight> lights() {
        return Stream.concat(Stream.of(spending.light()), indicators.stream().map(IndicatorLine::light));
    }
}
