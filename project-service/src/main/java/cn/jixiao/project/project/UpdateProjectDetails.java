package cn.jixiao.project.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * New details for a project, based on the version the editor last read: if someone else saved in between,
 * the change is refused with 409 instead of overwriting theirs.
 */
@Schema(description = "修改项目基本信息 / change project details")
public record UpdateProjectDetails(
        @Schema(description = "读取时的版本号 / the version read") @NotNull Long version,
        @NotNull @Valid ProjectDetails details) {
}
