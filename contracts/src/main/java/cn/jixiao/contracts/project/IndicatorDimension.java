package cn.jixiao.contracts.project;

/** 二级指标: the second level, each belonging to one {@link IndicatorCategory}. */
public enum IndicatorDimension {
    QUANTITY("数量指标", IndicatorCategory.OUTPUT),
    QUALITY("质量指标", IndicatorCategory.OUTPUT),
    TIMELINESS("时效指标", IndicatorCategory.OUTPUT),
    OUTPUT_COST("成本指标", IndicatorCategory.OUTPUT),
    ECONOMIC_BENEFIT("经济效益指标", IndicatorCategory.EFFECT),
    SOCIAL_BENEFIT("社会效益指标", IndicatorCategory.EFFECT),
    ECOLOGICAL_BENEFIT("生态效益指标", IndicatorCategory.EFFECT),
    SUSTAINABLE_IMPACT("可持续影响指标", IndicatorCategory.EFFECT),
    BENEFICIARY_SATISFACTION("服务对象满意度指标", IndicatorCategory.SATISFACTION),
    ECONOMIC_COST("经济成本指标", IndicatorCategory.COST),
    SOCIAL_COST("社会成本指标", IndicatorCategory.COST),
    ENVIRONMENTAL_COST("生态环境成本指标", IndicatorCategory.COST);

    private final String label;
    private final IndicatorCategory category;

    IndicatorDimension(String label, IndicatorCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public IndicatorCategory category() {
        return category;
    }
}
