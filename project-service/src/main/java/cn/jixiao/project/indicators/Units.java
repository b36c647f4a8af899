package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which units an actual may be written in against its target's: money converts exactly between 元, 万元 and 亿元;
 * 个, 项 and 件 are all counts, but whether a 项 counts as a 个 is the evaluation template's setting, so here they
 * are only recognised as counts (kept as written), never converted or refused. Synonyms (百分比, ％) are folded
 * by {@link TargetParser} before they get here.
 */
final class Units {

    /** Each money unit in 元. */
    private static final Map<String, BigDecimal> MONEY = Map.of(
            "元", BigDecimal.ONE, "万元", new BigDecimal("10000"), "亿元", new BigDecimal("100000000"));

    private static final Set<String> COUNTS = Set.of("个", "项", "件");

    private Units() {
    }

    /** The value in another money unit, exactly ({@code 58000 元} is {@code 5.8 万元}); empty if either is not money. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (!MONEY.containsKey(from) || !MONEY.containsKey(to)) {
            return Optional.empty();
        }
        BigDecimal converted = value.multiply(MONEY.get(from)).divide(MONEY.get(to)).stripTrailingZeros();
        return Optional.of(converted.scale() < 0 ? converted.setScale(0) : converted);
    }

    /** Both are words for a count (个, 项, 件). */
    static boolean bothCounts(String one, String other) {
        return COUNTS.contains(one) && COUNTS.contains(other);
    }
}
