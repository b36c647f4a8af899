package cn.jixiao.evaluation.template;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

@Schema(description = "选定本区使用的模板版本 / choose the template version the district scores with")
record ChooseTemplate(
        @Schema(description = "模板编号 / template id") @NotBlank String templateId,
        @Schema(description = "版本，空为当前最新版本；以后发布的新版本须重新选定才生效 / the version, empty for the "
                + "latest now; versions published later apply only once chosen") @Positive Integer version) {
}
