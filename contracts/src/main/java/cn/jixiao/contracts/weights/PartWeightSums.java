package cn.jixiao.contracts.weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * Whether a tree's 分值 add up to its evaluation template: for each part of the template that scores indicators
 * (产出 50, 效益 30, 满意度 10 …), the weights of the 三级指标 under it must add up to the part's weight. The one rule
 * for evaluation-service, which shows a mismatch with the score and blocks the self-evaluation's submission, and
 * project-service, which lists it before the targets are submitted (ADR 0009: a rule both services need is a pure
 * function here). A line without a usable weight (blank, not positive, more than two decimals) adds nothing: it is
 * listed as missing by each service in its own words.
 */
public final class PartWeightSums {

    private PartWeightSums() {
    }

    /** One 三级指标 as far as the sums go: its 一级指标 and its 分值 ({@code null} while blank). */
    public record Line(IndicatorCategory category, BigDecimal weight) {
    }

    /**
     * A part of the template with the weights entered under it.
     *
     * @param category the 一级指标 the part scores
     * @param sum      the usable weights of its lines added up; 0 when it has none
     * @param expected the part's weight in the template
     */
    public record PartSum(IndicatorCategory category, BigDecimal sum, BigDecimal expected) {

        /** 20 + 30 fits 50.00: compared by value, not by scale. */
        public boolean fits() {
            return sum.compareTo(expected) == 0;
        }
    }

    /** A 分值 that counts: positive, with at most two decimals, as the form prints it. */
    public static boolean usable(BigDecimal weight) {
        return weight != null && weight.signum() > 0 && weight.stripTrailingZeros().scale() <= 2;
    }

    /**
     * Every part of the template that scores indicators, in the template's order, with the weights entered under
     * it; parts that score no indicators (预算执行率) are not in {@code parts}.
     */
    public static List<PartSum> sums(Map<IndicatorCategory, BigDecimal> parts, List<Line> lines) {
        Map<IndicatorCategory, BigDecimal> entered = new EnumMap<>(IndicatorCategory.class);
        for (Line line : lines) {
            if (usable(line.weight())) {
                entered.merge(line.category(), line.weight(), BigDecimal::add);
            }
        }
        List<PartSum> sums = new ArrayList<>();
        parts.forEach((category, expected) ->
                sums.add(new PartSum(category, entered.getOrDefault(category, BigDecimal.ZERO), expected)));
        return sums;
    }

    /** The parts whose weights do not add up, in the template's order. */
    public static List<PartSum> mismatches(Map<IndicatorCategory, BigDecimal> parts, List<Line> lines) {
        return sums(parts, lines).stream().filter(part -> !part.fits()).toList();
    }
}
