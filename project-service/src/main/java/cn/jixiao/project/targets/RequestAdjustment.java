package cn.jixiao.project.targets;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jixiao.project.indicators.IndicatorInput;

/**
 * A 目标调整 request: why, and the whole proposed tree in the shape of a definition ({@code PUT …/indicators}), based
 * on the version read. A line that keeps its id is the same line (its actual stays with it); a line sent without an
 * id takes the id of the line in force with the same 二级指标 and name, if there is exactly one.
 */
@Schema(description = "目标调整申请 / a target adjustment request")
public record RequestAdjustment(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @Schema(description = "调整原因（必填）/ why the targets must change (required)",
                example = "街道文化活动中心下半年修缮停用，主题活动改为8次") @Size(max = 2000) String reason,
        @Schema(description = "调整后的全部三级指标，格式同设定指标体系 / every indicator as proposed, as in the "
                + "definition of the tree")
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid IndicatorInput> indicators) {
}
