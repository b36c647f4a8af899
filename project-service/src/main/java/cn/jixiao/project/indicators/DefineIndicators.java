package cn.jixiao.project.indicators;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole indicator tree of a project, replacing the one stored. Based on the version the street read:
 * if someone else saved in between, the change is refused with 409 instead of overwriting theirs.
 */
@Schema(description = "设定绩效指标体系（整体替换）/ define the whole indicator tree")
public record DefineIndicators(
        @Schema(description = "读取时的版本号；首次设定时为空 / the version read, empty for the first definition")
        Long version,
        @Schema(description = "全部三级指标 / every third-level indicator")
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid IndicatorInput> indicators) {
}
