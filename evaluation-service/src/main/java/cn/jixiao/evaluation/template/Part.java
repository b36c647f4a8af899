package cn.jixiao.evaluation.template;

import java.util.Arrays;

import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * A weighted part of the self-evaluation form: 预算执行率, or one of the 一级指标. The names are those of
 * {@link cn.jixiao.contracts.evaluation.TemplatePublished.Part#part()}.
 */
public enum Part {
    BUDGET_EXECUTION(null),
    OUTPUT(IndicatorCategory.OUTPUT),
    EFFECT(IndicatorCategory.EFFECT),
    SATISFACTION(IndicatorCategory.SATISFACTION),
    COST(IndicatorCategory.COST);

    private final IndicatorCategory category;

    Part(IndicatorCategory category) {
        this.category = category;
    }

    /** As the form names it: 预算执行率, or the 一级指标's own name. */
    public String label() {
        return category == null ? "预算执行率" : category.label();
    }

    /** The 一级指标 this part scores, {@code null} for {@link #BUDGET_EXECUTION}. */
    public IndicatorCategory category() {
        return category;
    }

    public static Part of(IndicatorCategory category) {
        return Arrays.stream(values())
                .filter(part -> part.category == category)
                .findFirst()
                .orElseThrow();
    }
}
