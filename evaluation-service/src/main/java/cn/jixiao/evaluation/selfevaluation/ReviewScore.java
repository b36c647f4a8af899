package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A 复核分 the district's reviewer set beside the street's self-score. The self-score stays as it was.
 *
 * @param indicatorId the indicator, or {@code null} for the 预算执行率 line
 */
@Schema(description = "复核分 / a reviewer's score for one line")
public record ReviewScore(
        @Schema(description = "指标；为空表示预算执行率 / indicator, null for the execution line") String indicatorId,
        @Schema(description = "复核分 / review score") BigDecimal score,
        @Schema(description = "复核理由 / why the reviewer changed it") String reason,
        @Schema(description = "复核人 / reviewer") String reviewer,
        @Schema(description = "复核时间 / when") Instant at) {

    public boolean isExecutionLine() {
        return indicatorId == null;
    }
}
