package cn.jixiao.evaluation.template;

import java.math.BigDecimal;

/** Constants for 分值 arithmetic: the form adds up to 100 points and shows two decimals. */
final class Weights {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Weights() {
    }

    static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }
}
