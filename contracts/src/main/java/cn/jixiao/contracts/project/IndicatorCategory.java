package cn.jixiao.contracts.project;

/** 一级指标: the first level of the indicator tree. Which ones a project uses, and their weights, come from its template. */
public enum IndicatorCategory {
    OUTPUT("产出指标"),
    EFFECT("效益指标"),
    SATISFACTION("满意度指标"),
    /** Newer central guidance lists 成本指标 as a first-level part of its own. */
    COST("成本指标");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
