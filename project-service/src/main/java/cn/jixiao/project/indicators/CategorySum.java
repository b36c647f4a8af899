package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.IndicatorCategory;

/** The weights of one 一级指标 against what the template gives it. */
@Schema(description = "一级指标分值合计 / the weights of one first-level category")
public record CategorySum(
        @Schema(description = "一级指标 / category", example = "OUTPUT") IndicatorCategory category,
        @Schema(description = "名称 / label", example = "产出指标") String label,
        @Schema(description = "模板规定的分值 / the template's points", example = "50.00") BigDecimal expected,
        @Schema(description = "各三级指标分值之和 / sum of the indicators' weights", example = "50.00") BigDecimal actual,
        @Schema(description = "是否一致 / whether they agree") boolean matches) {

    static CategorySum of(IndicatorCategory category, BigDecimal expected, BigDecimal actual) {
        return new CategorySum(category, category.label(), expected.setScale(2), actual.setScale(2),
                expected.compareTo(actual) == 0);
    }
}
