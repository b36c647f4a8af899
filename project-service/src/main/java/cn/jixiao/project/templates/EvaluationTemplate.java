package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * The part of an evaluation template project-service needs: how many points each part carries. The indicator
 * weights of a project must add up to its template's indicator parts; 预算执行率 is scored from the budget.
 *
 * @param templateId      stable across versions; {@value #NATIONAL_DEFAULT_ID} for the built-in national default
 * @param version         the published version
 * @param ownerDistrictId the district that owns this copy, {@code null} for a platform-wide template
 * @param publishedAt     when evaluation-service published it; decides which template is the latest
 * @param parts           {@code BUDGET_EXECUTION} and the indicator categories ({@code OUTPUT}, {@code EFFECT},
 *                        {@code SATISFACTION}, {@code COST}) with their points
 */
public record EvaluationTemplate(String templateId, int version, String name, String ownerDistrictId,
                                 Instant publishedAt, List<TemplatePublished.Part> parts) {

    public static final String BUDGET_EXECUTION = "BUDGET_EXECUTION";
    public static final String NATIONAL_DEFAULT_ID = "national-default";

    /** 预算执行率 10, 产出 50, 效益 30, 满意度 10: what applies until evaluation-service publishes a template. */
    public static final EvaluationTemplate NATIONAL_DEFAULT = new EvaluationTemplate(NATIONAL_DEFAULT_ID, 1,
            "项目支出绩效自评默认模板（全国通用）", null, Instant.EPOCH, List.of(
            new TemplatePublished.Part(BUDGET_EXECUTION, new BigDecimal("10")),
            new TemplatePublished.Part(IndicatorCategory.OUTPUT.name(), new BigDecimal("50")),
            new TemplatePublished.Part(IndicatorCategory.EFFECT.name(), new BigDecimal("30")),
            new TemplatePublished.Part(IndicatorCategory.SATISFACTION.name(), new BigDecimal("10"))));

    public EvaluationTemplate {
        parts = List.copyOf(parts);
    }

    public static EvaluationTemplate of(TemplatePublished published, Instant publishedAt) {
        return new EvaluationTemplate(published.templateId(), published.version(), published.name(),
                published.ownerDistrictId(), publishedAt, published.parts() == null ? List.of() : published.parts());
    }

    /** The points the indicators of this category must add up to; empty if the template does not score it. */
    public Optional<BigDecimal> weightOf(IndicatorCategory category) {
        return pointsOf(category.name());
    }

    public BigDecimal budgetExecutionWeight() {
        return pointsOf(BUDGET_EXECUTION).orElse(BigDecimal.ZERO);
    }

    /** The indicator categories the template scores, in the form's order. */
    public List<IndicatorCategory> indicatorCategories() {
        return Arrays.stream(IndicatorCategory.values()).filter(category -> weightOf(category).isPresent()).toList();
    }

    private Optional<BigDecimal> pointsOf(String part) {
        // a part a later template adds (unknown here) is ignored; a part of 0 points is not scored
        return parts.stream().filter(p -> part.equals(p.part()) && p.weight() != null && p.weight().signum() > 0)
                .map(TemplatePublished.Part::weight).findFirst();
    }
}
