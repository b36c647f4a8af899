package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;

/**
 * A street submitted a project's 绩效监控表 of a monitoring round: the spending line and every indicator's line as
 * submitted, each with its light and, for a red or yellow one, the cause (偏差原因) and the corrective measure
 * (纠偏措施).
 *
 * @param submittedBy the street's editor or approver
 */
public record MonitoringReported(String roundId, String projectId, String districtId, String streetId, LocalDate asOf,
                                 String submittedBy, Spending spending, List<IndicatorLine> indicators) {

    public MonitoringReported {
        indicators = List.copyOf(indicators);
    }

    /**
     * Spending to date against the budget and the planned curve.
     *
     * @param fullYearBudget {@code null} while no budget above 0 is entered; then there is no rate and no light
     * @param plan           {@code LINEAR} (month ÷ 12) or {@code MONTHLY} (the budget's own plan)
     */
    public record Spending(Yuan executed, Yuan fullYearBudget, BigDecimal executionRate, BigDecimal plannedPercent,
                           String plan, BigDecimal marginPoints, MonitoringLight light, String cause, String measure) {
    }

    /**
     * One indicator's progress.
     *
     * @param target   the 年度指标值 in force, as written
     * @param progress 当前完成值 as the street wrote it
     * @param expected 全年预计完成值 as the street wrote it; {@code null} when left blank (then yellow)
     */
    public record IndicatorLine(String indicatorId, String name, String target, String progress, String expected,
                                MonitoringLight light, String cause, String measure) {
    }
}
