package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A 绩效运行监控 round a district opened for its streets' projects of a budget year.
 *
 * @param asOf         the figures' date, the last day of a month: spending dated up to it, progress to it
 * @param dueDate      the streets submit by the end of this day (Beijing time)
 * @param marginPoints how many percentage points spending may lag the planned curve before its line is yellow
 *                     (more than twice as many: red); stated when the round is opened, 10 unless the district says
 *                     otherwise. The issue asks for a template-set margin: evaluation-service's templates are
 *                     scoring templates published on another service's topic and not read here per project, so the
 *                     margin is the round's own setting, the same for every project of the round.
 */
@Schema(description = "绩效运行监控批次 / a monitoring round")
public record MonitoringRound(
        @Schema(description = "批次标识 / round id") String id,
        @Schema(description = "名称 / name", example = "2023年年中绩效监控") String name,
        @Schema(description = "预算年度 / budget year", example = "2023") int year,
        @Schema(description = "数据截止日期（月末）/ figures as of (a month's last day)", example = "2023-06-30") LocalDate asOf,
        @Schema(description = "填报截止日期 / due date", example = "2023-07-31") LocalDate dueDate,
        @Schema(description = "支出进度偏差容忍度（百分点）：落后计划超过即黄灯，超过两倍即红灯 / margin in percentage points",
                example = "10") BigDecimal marginPoints,
        @Schema(description = "下达人 / opened by") String openedBy,
        @Schema(description = "下达时间 / opened at") Instant openedAt) {

    /** The dates a district keeps its rounds' deadlines in. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The month of the budget year the figures are taken at. */
    int month() {
        return asOf.getMonthValue();
    }

    /** Past its due date at this instant: the day after the due date has begun in Beijing. */
    boolean pastDue(Instant now) {
        return LocalDate.ofInstant(now, BEIJING).isAfter(dueDate);
    }
}
