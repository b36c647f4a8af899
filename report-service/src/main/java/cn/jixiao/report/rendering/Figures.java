package cn.jixiao.report.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.contracts.money.Yuan;

/**
 * How the report and the 自评表 print numbers, the same in every format: amounts in 万元 with two decimals,
 * scores with two decimals, rates as percentages with two decimals, and 「—」 where the form has nothing to say.
 */
public final class Figures {

    public static final String NONE = "—";

    private Figures() {
    }

    /** 2000000.00 元 → 200.00 */
    public static String wan(Yuan amount) {
        return amount == null ? NONE : amount.inWan().toPlainString();
    }

    /** 98 → 98.00 */
    public static String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A weight (分值) as the template states it, e.g. 10 or 2.5. */
    public static String weight(BigDecimal weight) {
        return weight == null ? NONE : weight.toPlainString();
    }

    /** 100 → 100.00% */
    public static String percent(BigDecimal ratePercent) {
        return ratePercent == null ? NONE : ratePercent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
