package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import cn.jixiao.contracts.money.Yuan;

/** How numbers are written in the explanations, the way a finance officer writes them on the form. */
final class Figures {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** A measured value or a weight without trailing zeros: 9, 96.5, 20. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Money as the funds block shows it: 2,000,000.00. */
    static String money(Yuan amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.amount());
    }

    /** Points as the 得分 column shows them: two decimals, half-up. */
    static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
