package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project's performance indicators (三级指标) were defined or changed. Carries the whole tree.
 *
 * @param templateId      {@code null} since project-service stopped checking weights against templates (evaluation-service
 *                        owns templates and scores with the version the project's evaluation recorded); earlier
 *                        events name the template the weights were checked against, which readers now ignore
 * @param templateVersion 0 when {@code templateId} is {@code null}
 */
public record IndicatorsDefined(
        String projectId,
        String districtId,
        String streetId,
        String templateId,
        int templateVersion,
        List<Indicator> indicators,
        long revision) {

    /**
     * One third-level indicator.
     *
     * @param id         stable within the project, so actuals and scores can refer to it
     * @param dimension  二级指标 (which also fixes the 一级指标)
     * @param name       三级指标, e.g. 开展民族团结主题活动次数
     * @param target     年度指标值
     * @param direction  how it is scored
     * @param weight     分值, two decimals
     * @param dataSource 数据来源
     */
    public record Indicator(String id, IndicatorDimension dimension, String name, Target target,
                            IndicatorDirection direction, BigDecimal weight, String dataSource) {
    }
}
