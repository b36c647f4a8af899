package cn.jixiao.evaluation.template;

import java.math.BigDecimal;

/** A part and its 分值 in a template, e.g. 产出指标 50. */
public record PartWeight(Part part, BigDecimal weight) {

    public static PartWeight of(Part part, int weight) {
        return new PartWeight(part, BigDecimal.valueOf(weight));
    }
}
