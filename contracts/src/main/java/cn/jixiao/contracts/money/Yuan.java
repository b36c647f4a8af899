package cn.jixiao.contracts.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An exact amount of money in 元 with two decimals (分). Never a float: finance officers reconcile these
 * numbers against vouchers to the cent. In JSON it is a plain number such as {@code 2000000.00}.
 */
public record Yuan(BigDecimal amount) implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Yuan {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount has at most two decimals (分): " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Yuan of(BigDecimal amount) {
        return new Yuan(amount);
    }

    /** Parses an amount as a person writes it, e.g. {@code 2000000}, {@code 1,234.5}; rejects more than 2 decimals. */
    public static Yuan parse(String text) {
        return new Yuan(new BigDecimal(text.strip().replace(",", "")));
    }

    /** An amount entered in 万元, as the self-evaluation form states budgets. */
    public static Yuan ofWan(BigDecimal wan) {
        return new Yuan(wan.multiply(TEN_THOUSAND));
    }

    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    public Yuan plus(Yuan other) {
        return new Yuan(amount.add(other.amount));
    }

    public Yuan minus(Yuan other) {
        return new Yuan(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** In 万元 with two decimals, rounded half-up, as the form and the report print it: 200.00. */
    public BigDecimal inWan() {
        return amount.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Yuan other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " 元";
    }
}
