package cn.jixiao.project.budget;

import java.math.BigDecimal;

import cn.jixiao.contracts.money.Yuan;

/** Short ways to write the amounts of the budget tests. */
final class Money {

    private Money() {
    }

    static Yuan yuan(String amount) {
        return Yuan.parse(amount);
    }

    static BigDecimal decimal(String amount) {
        return new BigDecimal(amount);
    }
}
