package cn.jixiao.project.budget;

import java.time.LocalDate;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * A mid-year budget adjustment: 追加 when the amount is positive, 调减 when it is negative. The rules ask a
 * written reason for every one, and the date must fall inside the budget year (see {@link BudgetRules}).
 */
public record Adjustment(LocalDate date, Yuan amount, String reason) {

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    /** 追加 rather than 调减. */
    public boolean isIncrease() {
        return amount.amount().signum() > 0;
    }
}
