package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * The subtotal of one 一级指标.
 *
 * @param weight       the template's 分值 for the part
 * @param scaledWeight the most the part could score after not-applicable rescaling (else equal to weight)
 * @param score        the sum of its indicators' rounded scores
 */
public record PartSubtotal(IndicatorCategory category, BigDecimal weight, BigDecimal scaledWeight, BigDecimal score) {
}
