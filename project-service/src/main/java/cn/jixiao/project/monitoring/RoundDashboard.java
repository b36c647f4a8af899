package cn.jixiao.project.monitoring;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A round as the district follows it (绩效监控看板): every project of the round's year the caller sees, with the state
 * of its form, whether it is overdue, and its red and yellow lines; the counts per status. A street sees its own
 * projects only.
 *
 * @param counts per {@link Row#status()}: NOT_STARTED, FILLED, SUBMITTED, APPROVED, RETURNED, OVERDUE
 */
@Schema(description = "绩效监控批次看板 / a round's status across projects")
public record RoundDashboard(
        @Schema(description = "批次 / the round") MonitoringRound round,
        @Schema(description = "已过填报截止日期 / past its due date") boolean pastDue,
        @Schema(description = "各状态项目数（OVERDUE 为逾期未提交）/ projects per status") Map<String, Long> counts,
        @Schema(description = "红灯合计 / red lines in all") long redLines,
        @Schema(description = "黄灯合计 / yellow lines in all") long yellowLines,
        @Schema(description = "各项目 / per project") List<Row> projects) {

    /**
     * @param status     the state, or OVERDUE when past due and not handed in
     * @param redLines   as last written: judged on the street's last save while filled, as submitted after;
     *                   0 before the first save
     */
    @Schema(description = "项目监控状态 / one project's form")
    public record Row(String projectId, String streetId, String projectCode, String projectName, MonitoringState state,
                      String status, @Schema(description = "状态 / status label", example = "逾期未提交") String statusLabel,
                      boolean overdue, long redLines, long yellowLines, Long version) {
    }
}
