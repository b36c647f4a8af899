package cn.jixiao.project.redflags.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A project's budget as it stood on each day of the year: 年初预算数 from the year's start, and each 追加 or 调减 from its
 * date on. Money exact yuan.
 *
 * @param adjustments 追加 positive, 调减 negative, each in force from its date
 */
public record BudgetInForce(BigDecimal initial, List<Change> adjustments) {

    public BudgetInForce {
        Objects.requireNonNull(initial, "initial");
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** One adjustment, in force from its date. */
    public record Change(LocalDate date, BigDecimal amount) {

        public Change {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The budget in force on this day: 年初预算数 and every adjustment dated on or before it. */
    BigDecimal on(LocalDate day) {
        BigDecimal amount = initial;
        for (Change change : adjustments) {
            if (!change.date().isAfter(day)) {
                amount = amount.add(change.amount());
            }
        }
        return amount;
    }
}
