package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project's performance indicators (三级指标) were defined or changed. Carries the whole tree.
 *
 * @param templateId      the evaluation template whose weights the indicators were checked against
 * @param templateVersion that template's version
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
