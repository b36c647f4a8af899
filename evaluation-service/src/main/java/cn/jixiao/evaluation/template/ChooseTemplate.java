package cn.jixiao.evaluation.template;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

@Schema(description = "选定本区使用的模板版本，可只用于某一预算年度 / choose the template version the district scores "
        + "with, optionally for one budget year only")
record ChooseTemplate(
        @Schema(description = "模板编号 / template id") @NotBlank String templateId,
        @Schema(description = "版本，空为当前最新版本；以后发布的新版本须重新选定才生效 / the version, empty for the "
                + "latest now; versions published later apply only once chosen") @Positive Integer version,
        @Schema(description = "预算年度（2000–2100）：只选定该年度项目使用的模板；空为本区默认选定，适用于没有自己选定的年度 / "
                + "the budget year (2000–2100) whose projects this choice is for; empty for the district's default, "
                + "which applies to every year without a choice of its own", example = "2024")
        @Min(2000) @Max(2100) Integer year) {
}
