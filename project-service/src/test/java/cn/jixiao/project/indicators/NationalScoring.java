package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.contracts.project.IndicatorCategory;

/**
 * The national default scoring rules (scoring-rules.md), enough of them to check what a fixture scores: the
 * score itself is evaluation-service's. A qualitative indicator whose actual states the target was met is graded
 * 达成年度指标 at the top of its band, as the seed's evaluator did.
 */
public final class NationalScoring {

    /** 预算执行率's points under the national template. */
    public static final BigDecimal EXECUTION_WEIGHT = BigDecimal.TEN;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private NationalScoring() {
    }

    public static BigDecimal total(BigDecimal executionRate, BigDecimal executionWeight, List<Indicator> indicators) {
        BigDecimal execution = executionRate.min(BigDecimal.ONE).multiply(executionWeight);
        return indicators.stream().map(NationalScoring::score).reduce(execution, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal score(Indicator indicator) {
        BigDecimal weight = indicator.weight();
        if (indicator.target().isQualitative() || Boolean.TRUE.equals(Attainment.reached(indicator))) {
            return weight;
        }
        BigDecimal actual = indicator.actual().value();
        BigDecimal target = indicator.target().value();
        BigDecimal share = switch (indicator.direction()) {
            case POSITIVE, EQUAL -> target.signum() == 0 ? BigDecimal.ZERO : actual.divide(target, 10, RoundingMode.HALF_UP);
            case NEGATIVE -> actual.compareTo(target.multiply(TWO)) >= 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.subtract(actual.subtract(target).divide(target, 10, RoundingMode.HALF_UP));
            case QUALITATIVE -> BigDecimal.ONE;
        };
        return share.multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }

    /** The indicators' weights added up per 一级指标, in the form's order, two decimals. */
    public static Map<IndicatorCategory, BigDecimal> sumsByCategory(List<Indicator> indicators) {
        Map<IndicatorCategory, BigDecimal> sums = new EnumMap<>(IndicatorCategory.class);
        indicators.forEach(indicator -> sums.merge(indicator.category(), indicator.weight().setScale(2), BigDecimal::add));
        return sums;
    }

    public static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
