package cn.jixiao.project.budget;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Turns an amount as entered into exact {@link Yuan}, or refuses it naming the field: more than two decimals
 * (分) is a typing error, not something to round away, and a budget line is never negative.
 */
public final class Amounts {

    /** Far above any street's project, far below what a Decimal128 holds: a bound against typing errors. */
    static final BigDecimal LIMIT = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** A budget line, or a 全年执行数 entered as a summary figure: zero or more. */
    public static Yuan nonNegative(String field, BigDecimal value) {
        Yuan amount = signed(field, value);
        if (amount.isNegative()) {
            throw refused("amount-negative", field, value,
                    Bilingual.of("金额不能为负数", "Amount is negative"),
                    Bilingual.of(field + " 的金额 " + value.toPlainString() + " 为负数，预算金额不能为负",
                            field + " is " + value.toPlainString() + ", a budget amount must not be negative"));
        }
        return amount;
    }

    /** An adjustment: positive for 追加, negative for 调减. */
    static Yuan signed(String field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw refused("amount-too-precise", field, value,
                    Bilingual.of("金额最多保留两位小数", "Amount has more than two decimals"),
                    Bilingual.of(field + " 的金额 " + value.toPlainString() + " 超过两位小数（分）",
                            field + " is " + value.toPlainString() + ", which has more than two decimals (fen)"));
        }
        if (value.abs().compareTo(LIMIT) > 0) {
            throw refused("amount-out-of-range", field, value,
                    Bilingual.of("金额超出允许范围", "Amount out of range"),
                    Bilingual.of(field + " 的金额 " + value.toPlainString() + " 超出允许范围（绝对值不超过 "
                                    + LIMIT.toPlainString() + " 元）",
                            field + " is " + value.toPlainString() + ", beyond the allowed "
                                    + LIMIT.toPlainString() + " yuan"));
        }
        return new Yuan(value);
    }

    private static ProblemException refused(String code, String field, BigDecimal value, Bilingual title, Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, title, detail)
                .with("field", field)
                .with("value", value.toPlainString());
    }
}
