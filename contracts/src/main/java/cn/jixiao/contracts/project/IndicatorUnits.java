package cn.jixiao.contracts.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of indicator values as the forms print them, and what is the same unit: one rule for project-service,
 * which reads what a street types, and evaluation-service, which compares actuals with targets.
 * <ul>
 *   <li>百分比, the full-width ％ and % are one unit, written %;</li>
 *   <li>money converts exactly between 元, 万元 and 亿元;</li>
 *   <li>个, 项 and 件 are the words forms use for a number of things; whether they count as the same is the
 *       evaluation template's setting, and these are its default.</li>
 * </ul>
 */
public final class IndicatorUnits {

    /** The count words forms use interchangeably, the template's default "same count" units. */
    public static final List<String> COUNT_WORDS = List.of("个", "项", "件");

    /** Powers of ten of each money unit, in 元. */
    private static final Map<String, Integer> MONEY = Map.of("元", 0, "万元", 4, "亿元", 8);

    private IndicatorUnits() {
    }

    /** The unit in its usual form (百分比 and ％ are %), {@code null} when none is written. */
    public static String normalised(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String stripped = unit.strip().replace('％', '%');
        return stripped.equals("百分比") ? "%" : stripped;
    }

    public static boolean isMoney(String unit) {
        return MONEY.containsKey(normalised(unit));
    }

    /**
     * The value in another money unit, exactly and without trailing zeros ({@code 58000 元} is {@code 5.8 万元});
     * empty if either unit is not money.
     */
    public static Optional<BigDecimal> convertMoney(BigDecimal value, String from, String to) {
        Integer fromPower = MONEY.get(normalised(from));
        Integer toPower = MONEY.get(normalised(to));
        if (fromPower == null || toPower == null) {
            return Optional.empty();
        }
        BigDecimal converted = value.scaleByPowerOfTen(fromPower - toPower).stripTrailingZeros();
        return Optional.of(converted.scale() < 0 ? converted.setScale(0) : converted);
    }

    /** Both are count words (个, 项, 件). */
    public static boolean bothCountWords(String one, String other) {
        return COUNT_WORDS.contains(normalised(one)) && COUNT_WORDS.contains(normalised(other));
    }
}
