package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * One published version of an evaluation template as far as the targets' check needs it: its name and the weights
 * of the parts that score indicators (产出 50, 效益 30, 满意度 10 …), in the template's order. A copy kept from
 * evaluation-service's {@code TemplatePublished}; a published version never changes.
 *
 * @param id    {@code templateId:version}
 * @param parts the parts that score indicators; 预算执行率 scores none and is left out
 */
@Document(TemplateParts.COLLECTION)
public record TemplateParts(@Id String id, String templateId, int version, String name, List<PartWeight> parts) {

    static final String COLLECTION = "template_parts";

    public TemplateParts {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A part and its 分值. */
    public record PartWeight(IndicatorCategory category, BigDecimal weight) {
    }

    static String idOf(String templateId, int version) {
        return templateId + ":" + version;
    }

    /** The published version, its parts named as the template names them ({@code OUTPUT}, {@code BUDGET_EXECUTION} …). */
    static TemplateParts of(TemplatePublished published) {
        List<PartWeight> parts = published.parts().stream()
                .flatMap(part -> category(part.part()).map(category -> new PartWeight(category, part.weight())).stream())
                .toList();
        return new TemplateParts(idOf(published.templateId(), published.version()), published.templateId(),
                published.version(), published.name(), parts);
    }

    /** The parts by 一级指标, in the template's order, as the weights' rule takes them. */
    public Map<IndicatorCategory, BigDecimal> byCategory() {
        Map<IndicatorCategory, BigDecimal> byCategory = new LinkedHashMap<>();
        parts.forEach(part -> byCategory.put(part.category(), part.weight()));
        return byCategory;
    }

    private static Optional<IndicatorCategory> category(String part) {
        for (IndicatorCategory category : IndicatorCategory.values()) {
            if (category.name().equals(part)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
