package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.Target;

/**
 * A third-level indicator (三级指标) as stored, with its reported actual value if any.
 *
 * @param id        stable within the project: actuals, scores and the actuals workbook refer to it
 * @param dimension 二级指标, which fixes the 一级指标
 * @param target    年度指标值, as written and as parsed
 * @param weight    分值, two decimals
 * @param actual    实际完成值, {@code null} until reported
 */
public record Indicator(String id, IndicatorDimension dimension, String name, Target target,
                        IndicatorDirection direction, BigDecimal weight, String dataSource, ReportedActual actual) {

    public IndicatorCategory category() {
        return dimension.category();
    }

    public Indicator withActual(ReportedActual newActual) {
        return new Indicator(id, dimension, name, target, direction, weight, dataSource, newActual);
    }

    /** The same indicator as published, without its actual (which travels in {@code ActualsReported}). */
    public IndicatorsDefined.Indicator published() {
        return new IndicatorsDefined.Indicator(id, dimension, name, target, direction, weight, dataSource);
    }
}
