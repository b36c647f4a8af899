package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A 复核分 for one line, replacing the reviewer's earlier one for that line.
 *
 * @param indicatorId the indicator, or {@code null} for the 预算执行率 line
 */
@Schema(description = "设置一行的复核分 / set the review score of one line")
public record SetReviewScore(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "指标；不填表示预算执行率 / indicator; empty for the execution line") String indicatorId,
        @Schema(description = "复核分，两位小数以内 / review score, at most two decimals")
        @NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal score,
        @Schema(description = "复核理由 / why") @NotBlank @Size(max = 1000) String reason) {
}
