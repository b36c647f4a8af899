package cn.jixiao.report.document;

/**
 * A row of a form's indicator table (自评表, 绩效目标表, 绩效监控表): the 一级 and 二级 it is listed under, by which
 * every format groups the rows and merges their cells.
 */
public interface IndicatorGrouping {

    /** 一级指标, e.g. 产出指标. */
    String category();

    /** 二级指标, e.g. 数量指标. */
    String dimension();
}
