package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's 复核分 for one line of a sampled evaluation, replacing an earlier one for that line. */
@Schema(description = "抽查复核一行的复核分 / a sampled line's review score")
public record ReScoreLine(
        @Schema(description = "复核分，两位小数以内 / review score, at most two decimals")
        @NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal score,
        @Schema(description = "复核理由 / why") @NotBlank @Size(max = 1000) String reason) {
}
