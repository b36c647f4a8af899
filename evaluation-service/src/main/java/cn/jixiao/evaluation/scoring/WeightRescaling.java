package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.evaluation.template.EvaluationTemplate;

/**
 * The weight each indicator is scored against. Unchanged, unless the template drops not-applicable indicators:
 * then all remaining indicators, across parts, are scaled up in proportion so that together they again carry
 * every indicator point and the total stays out of 100 ("rescale the rest to 100"; the execution line is
 * never dropped). Scaling across parts rather than within each part still works when a whole part does not
 * apply, e.g. no 服务对象 to survey.
 * <p>
 * The scaled weights are written on the form with two decimals and must add up exactly, so they are allocated
 * like cents: each gets its share rounded down, and the cents left over go to the largest remainders (earlier
 * indicators first on a tie).
 */
final class WeightRescaling {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private WeightRescaling() {
    }

    /** Each indicator's scaled weight, by indicator id; 0 for a dropped one. */
    static Map<String, BigDecimal> scaledWeights(EvaluationTemplate template, List<IndicatorEntry> entries) {
        Map<String, BigDecimal> scaled = new LinkedHashMap<>();
        boolean dropping = template.rescaleNotApplicable() && entries.stream().anyMatch(IndicatorEntry::notApplicable);
        if (!dropping) {
            entries.forEach(entry -> scaled.put(entry.indicator().id(), entry.indicator().weight()));
            return scaled;
        }
        BigDecimal allPoints = sum(entries);
        List<IndicatorEntry> applicable = entries.stream().filter(entry -> !entry.notApplicable()).toList();
        if (applicable.isEmpty()) {
            throw new ScoringException(ScoringException.Reason.NOTHING_APPLICABLE, "全部指标均标为不适用，无法计分");
        }
        BigDecimal applicablePoints = sum(applicable);
        if (applicablePoints.signum() == 0) {
            throw new ScoringException(ScoringException.Reason.NOTHING_APPLICABLE, "适用的指标均未设分值，无法按比例折算");
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (IndicatorEntry entry : applicable) {
            BigDecimal exact = entry.indicator().weight().multiply(allPoints);
            BigDecimal roundedDown = exact.divide(applicablePoints, 2, RoundingMode.DOWN);
            BigDecimal remainder = exact.subtract(roundedDown.multiply(applicablePoints));
            shares.add(new Share(entry.indicator().id(), roundedDown, remainder, shares.size()));
            allocated = allocated.add(roundedDown);
        }
        int centsLeft = allPoints.subtract(allocated).divide(CENT).intValueExact();
        List<Share> byRemainder = shares.stream()
                .sorted(Comparator.comparing(Share::remainder).reversed().thenComparing(Share::order))
                .toList();
        Map<String, BigDecimal> applicableWeights = new LinkedHashMap<>();
        shares.forEach(share -> applicableWeights.put(share.id(), share.roundedDown()));
        byRemainder.stream().limit(centsLeft).forEach(share -> applicableWeights.merge(share.id(), CENT, BigDecimal::add));
        for (IndicatorEntry entry : entries) {
            String id = entry.indicator().id();
            scaled.put(id, entry.notApplicable() ? BigDecimal.ZERO : applicableWeights.get(id));
        }
        return scaled;
    }

    private static BigDecimal sum(List<IndicatorEntry> entries) {
        return entries.stream().map(entry -> entry.indicator().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Share(String id, BigDecimal roundedDown, BigDecimal remainder, int order) {
    }
}
