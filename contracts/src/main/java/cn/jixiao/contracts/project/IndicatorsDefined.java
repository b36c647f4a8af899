package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project's performance indicators (三级指标) were defined or changed. Carries the whole tree, which since
 * issue #17 may be a draft: any structurally valid tree is saved, so a line may still miss its target or its
 * weight, or be marked 不适用. Completeness is judged by the reader (evaluation-service, against its template).
 * Still version 1: the new components are additive, and a record written before them reads with them {@code null}.
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
     * @param target          年度指标值; {@code null} when the cell is blank (a draft: listed as missing). On a
     *                        不适用 line, the text as printed ({@code "/"}) with no value
     * @param direction       how it is scored; {@code null} when the template's default direction applies
     *                        ({@code directionSource} {@code TEMPLATE_DEFAULT})
     * @param weight          分值, two decimals; {@code null} when not entered yet (a draft) or printed {@code "/"}
     * @param dataSource      数据来源
     * @param notApplicable   {@code true} for a line printed as {@code "/"} (不适用): scored by the template's
     *                        not-applicable rule, never as missing; {@code null} (or {@code false}) otherwise and
     *                        in records written before #17
     * @param directionSource what decided {@code direction}; {@code null} in records written before #17, whose
     *                        direction was always entered
     */
    public record Indicator(String id, IndicatorDimension dimension, String name, Target target,
                            IndicatorDirection direction, BigDecimal weight, String dataSource,
                            Boolean notApplicable, DirectionSource directionSource) {

        /** A line as written before #17: applicable, its direction entered. */
        public Indicator(String id, IndicatorDimension dimension, String name, Target target,
                         IndicatorDirection direction, BigDecimal weight, String dataSource) {
            this(id, dimension, name, target, direction, weight, dataSource, null, null);
        }

        /** Whether the line is marked 不适用 ({@code null} reads as applicable). Not a getter: not written. */
        public boolean markedNotApplicable() {
            return Boolean.TRUE.equals(notApplicable);
        }
    }
}
