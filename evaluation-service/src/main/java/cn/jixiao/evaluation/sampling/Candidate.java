package cn.jixiao.evaluation.sampling;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One finalized self-evaluation the sample could draw: its id, its project and its street, which is its stratum.
 * The population is stored with the sample as these, so the draw can be repeated and checked.
 */
@Schema(description = "抽样总体中的一份已定稿自评 / one finalized self-evaluation of the population")
public record Candidate(
        @Schema(description = "自评 / self-evaluation") String evaluationId,
        @Schema(description = "项目 / project") String projectId,
        @Schema(description = "街道（分层） / street, the stratum") String streetId) {
}
