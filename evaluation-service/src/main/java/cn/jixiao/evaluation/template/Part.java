package cn.jixiao.evaluation.template;

import java.util.Arrays;

import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * A weighted part of the self-evaluation form: 预算执行率, or one of the 一级指标. The names are those of
 * {@link cn.jixiao.contracts.evaluation.TemplatePublished.Part#part()}.
 */
public enum Part {
    BUDGET_EXECUTION("预算执行率", null),
    OUTPUT("产出指标", IndicatorCategory.OUTPUT),
    EFFECT("效益指标", IndicatorCategory.EFFECT),
    SATISFACTION("满意度指标", IndicatorCategory.SATISFACTION),
    COST("成本指标", IndicatorCategory.COST);

    private final String label;
    private final IndicatorCategory category;

    Part(String label, IndicatorCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
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
