package cn.jixiao.evaluation.template;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

@Schema(description = "复制模板为本区模板 / copy a template as the district's own")
record CopyTemplate(
        @Schema(description = "新模板名称 / the copy's name") @NotBlank String name,
        @Schema(description = "复制哪个版本，空为最新版本 / the version to copy, empty for the latest") @Positive Integer version) {
}
