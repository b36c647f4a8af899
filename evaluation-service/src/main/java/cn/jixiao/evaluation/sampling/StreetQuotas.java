package cn.jixiao.evaluation.sampling;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How many evaluations each street contributes to a sample (分层): its proportional share of the district's.
 *
 * <ul>
 * <li>By share: each street its own share, rounded half up, at least one ({@link SampleSize#shareOf}).</li>
 * <li>By count: exactly the count (all of the population when it asks for more). While the count reaches the
 * number of streets, every street gets one first and the rest is shared in proportion to what each street has
 * left; with fewer, the count is shared in proportion to the streets' sizes. Shares are whole numbers by the
 * largest remainder (Hamilton's method): each street its whole part, then one more to the largest fractional
 * parts, a tie going to the street whose id sorts first. All in integers, so nothing depends on rounding.</li>
 * </ul>
 */
final class StreetQuotas {

    private StreetQuotas() {
    }

    /** @param sizes each street's number of finalized evaluations, in the order of the street ids */
    static Map<String, Integer> of(SampleSize size, SortedMap<String, Integer> sizes) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        if (size.byShare()) {
            sizes.forEach((street, n) -> quotas.put(street, size.shareOf(n)));
            return quotas;
        }
        int population = sizes.values().stream().mapToInt(Integer::intValue).sum();
        int count = Math.min(size.count(), population);
        boolean onePerStreet = count >= sizes.size();
        Map<String, Integer> capacities = new LinkedHashMap<>();
        sizes.forEach((street, n) -> capacities.put(street, onePerStreet ? n - 1 : n));
        Map<String, Integer> shared = largestRemainder(onePerStreet ? count - sizes.size() : count, capacities);
        sizes.keySet().forEach(street -> quotas.put(street, shared.get(street) + (onePerStreet ? 1 : 0)));
        return quotas;
    }

    /** {@code total} (at most the capacities' sum) shared in proportion to the capacities. */
    private static Map<String, Integer> largestRemainder(int total, Map<String, Integer> capacities) {
        long all = capacities.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> shares = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Integer> street : capacities.entrySet()) {
            if (all == 0) {
                shares.put(street.getKey(), 0);
                continue;
            }
            // total × capacity ÷ all, as its whole part and its remainder over the same denominator
            BigInteger[] quotient = BigInteger.valueOf(total).multiply(BigInteger.valueOf(street.getValue()))
                    .divideAndRemainder(BigInteger.valueOf(all));
            shares.put(street.getKey(), quotient[0].intValueExact());
            given += quotient[0].intValueExact();
            remainders.add(Map.entry(street.getKey(), quotient[1].longValueExact()));
        }
        remainders.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < total - given; i++) {
            shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return shares;
    }
}
