package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.project.IndicatorDimension;

/**
 * The project's performance indicators (三级指标) as last defined, as the 自评表 lists them before a score exists.
 *
 * @param indicators in the project's order
 * @param revision   project-service's revision of the tree: an older one arriving late changes nothing
 */
public record IndicatorPlan(String templateId, int templateVersion, List<Indicator> indicators, long revision) {

    public IndicatorPlan {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /**
     * One third-level indicator.
     *
     * @param id        stable within the project: actuals refer to it
     * @param dimension 二级指标 (which also fixes the 一级指标)
     * @param target    年度指标值
     * @param weight    分值
     */
    public record Indicator(String id, IndicatorDimension dimension, String name, Target target, BigDecimal weight) {
    }

    /** 年度指标值 as the street wrote it, e.g. "≥10次". */
    public record Target(String text) {
    }
}
