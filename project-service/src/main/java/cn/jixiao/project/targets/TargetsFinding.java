package cn.jixiao.project.targets;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;

/**
 * One thing to fix before the targets can be submitted, and where: the indicator and its field (the column of the
 * form), so a page can take the street straight to the cell.
 *
 * @param code        stable, for a page and a test to tell findings apart
 * @param indicatorId the indicator to change; {@code null} when the tree as a whole is meant (no indicators yet)
 * @param field       the field to change: {@code target}, {@code weight}, {@code direction}, {@code dimension} or
 *                    {@code indicators}
 * @param category    the 一级指标 concerned: the indicator's, or the part whose weights do not add up; {@code null}
 *                    when the tree as a whole is meant
 */
@Schema(description = "提交前检查发现的问题 / a finding of the checks before submission")
public record TargetsFinding(
        @Schema(description = "问题代码 / code", example = "vague-target") String code,
        @Schema(description = "指标编号，需修改的指标 / the indicator to change") String indicatorId,
        @Schema(description = "三级指标名称 / its name") String indicator,
        @Schema(description = "二级指标 / its dimension") IndicatorDimension dimension,
        @Schema(description = "需修改的字段：target 年度指标值、weight 分值、direction 指标方向、dimension 二级指标、"
                + "indicators 指标体系 / the field to change", example = "target") String field,
        @Schema(description = "说明（中文）/ the message in Chinese") String message,
        @Schema(description = "说明（英文）/ the message in English") String messageEn,
        @Schema(description = "一级指标：该指标所属，或分值合计不符的部分 / the 一级指标: the indicator's, or the part whose "
                + "weights do not add up") IndicatorCategory category) {

    /** A finding about one indicator, or the whole tree: its 一级指标 follows from the dimension. */
    public TargetsFinding(String code, String indicatorId, String indicator, IndicatorDimension dimension, String field,
                          String message, String messageEn) {
        this(code, indicatorId, indicator, dimension, field, message, messageEn,
                dimension == null ? null : dimension.category());
    }
}
