package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The district's request to draw a sample. The seed is stated, never made up by the service, so that whoever
 * reads the sample can draw it again; it stays below 2^53 so a browser's numbers carry it exactly.
 */
@Schema(description = "抽取抽查复核样本 / draw a sample for review")
public record DrawSample(
        @Schema(description = "预算年度 / budget year", example = "2023") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "随机种子，0 至 2^53−1 / seed", example = "20240301")
        @NotNull @Min(0) @Max(9_007_199_254_740_991L) Long seed,
        @Schema(description = "按比例：各街道已定稿自评的比例，0 至 1 / share of each street's", example = "0.2") BigDecimal share,
        @Schema(description = "按数量：全区共抽取的份数 / count for the district", example = "5") Integer count) {

    SampleSize size() {
        return new SampleSize(share, count);
    }
}
