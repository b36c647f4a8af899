package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.project.templates.EvaluationTemplate;

/** The evaluation template as shown beside the indicators. */
@Schema(description = "评价模板 / evaluation template")
public record TemplateView(
        @Schema(description = "模板标识 / id", example = "national-default") String templateId,
        @Schema(description = "版本 / version", example = "1") int version,
        @Schema(description = "名称 / name") String name,
        @Schema(description = "所属区，全平台通用时为空 / owning district, empty when platform-wide") String ownerDistrictId,
        @Schema(description = "预算执行率分值（按预算执行情况计分，不设指标）/ points of the budget execution rate",
                example = "10") BigDecimal budgetExecutionWeight,
        @Schema(description = "各部分分值 / points of each part") List<TemplatePublished.Part> parts) {

    static TemplateView of(EvaluationTemplate template) {
        return template == null ? null : new TemplateView(template.templateId(), template.version(), template.name(),
                template.ownerDistrictId(), template.budgetExecutionWeight(), template.parts());
    }
}
