package cn.jixiao.contracts.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A version of an evaluation template was published. report-service lays out the reports of this version with its
 * sections; the part weights are for information (evaluation-service alone checks indicator weights against them).
 *
 * @param templateId      stable across versions
 * @param version         1, 2, …; a published version never changes
 * @param ownerDistrictId the district that owns a copy, or {@code null} for a platform-wide template
 * @param parts           the weighted parts: {@code BUDGET_EXECUTION} (预算执行率) and the indicator categories
 *                        ({@code OUTPUT}, {@code EFFECT}, {@code SATISFACTION}, {@code COST}); they add up to 100
 * @param reportSections  the chapter headings of the self-evaluation report, in order, e.g. 项目基本情况, …, 佐证材料;
 *                        report-service lays out a report of this template with them. Added after the first
 *                        publications: absent (empty) means the national six
 */
public record TemplatePublished(String templateId, int version, String name, String ownerDistrictId, List<Part> parts,
                                List<String> reportSections) {

    public TemplatePublished {
        reportSections = reportSections == null ? List.of() : List.copyOf(reportSections);
    }

    public record Part(String part, BigDecimal weight) {
    }
}
