package cn.jixiao.project.budget;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The part of the full-year budget under one economic classification, as the editor enters it. */
@Schema(description = "经济分类行 / one economic classification row")
public record ClassificationRow(
        @Schema(description = "政府支出经济分类（部门预算）款级编码，名称由系统补全 / economic classification code; the name is filled in",
                example = "30227")
        @NotBlank String code,
        @Schema(description = "全年预算数中该分类的金额（元，最多两位小数）/ amount in yuan", example = "2000000.00")
        @NotNull BigDecimal amount) {
}
