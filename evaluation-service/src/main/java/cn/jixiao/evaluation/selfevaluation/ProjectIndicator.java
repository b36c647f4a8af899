package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.Target;

/**
 * One of the project's 三级指标 as this service keeps it, read from project-service's IndicatorsDefined at the feed
 * ({@link ProjectEventMapping}), so that a new version of that event changes the mapping, not the stored
 * evaluations. The dimension, direction and target are the shared vocabulary of {@code contracts}, like the yuan.
 *
 * @param id         stable within the project, so actuals, grades and scores refer to it
 * @param dimension  二级指标 (which also fixes the 一级指标)
 * @param name       三级指标, e.g. 开展民族团结主题活动次数
 * @param target     年度指标值
 * @param direction  how it is scored
 * @param weight     分值, {@code null} while not set
 * @param dataSource 数据来源
 * @param notApplicable   defined as 不适用 (a line printed "/", without weight); {@code null} reads as applicable,
 *                        as in evaluations stored before #17
 * @param directionSource what decided the direction; {@code null} before #17 (the direction was entered). A
 *                        {@code null} direction means the template's default direction applies
 */
public record ProjectIndicator(String id, IndicatorDimension dimension, String name, Target target,
                               IndicatorDirection direction, BigDecimal weight, String dataSource,
                               Boolean notApplicable, DirectionSource directionSource) {

    /** A line as defined before #17: applicable, its direction entered. */
    public ProjectIndicator(String id, IndicatorDimension dimension, String name, Target target,
                            IndicatorDirection direction, BigDecimal weight, String dataSource) {
        this(id, dimension, name, target, direction, weight, dataSource, null, null);
    }

    /** The indicator as the scoring engine takes it. */
    IndicatorsDefined.Indicator forScoring() {
        return new IndicatorsDefined.Indicator(id, dimension, name, target, direction, weight, dataSource,
                notApplicable, directionSource);
    }
}
