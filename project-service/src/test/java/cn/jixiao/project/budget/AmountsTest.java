package cn.jixiao.project.budget;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.ProblemException;

import static cn.jixiao.project.budget.Money.decimal;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {

    @Test
    void anAmountWithUpToTwoDecimalsIsTakenExactly() {
        assertThat(Amounts.nonNegative("initialBudget", decimal("2000000"))).isEqualTo(yuan("2000000.00"));
        assertThat(Amounts.nonNegative("initialBudget", decimal("0.01"))).isEqualTo(yuan("0.01"));
        assertThat(Amounts.nonNegative("initialBudget", decimal("0"))).isEqualTo(yuan("0.00"));
        assertThat(Amounts.signed("adjustment.amount", decimal("-150000.5"))).isEqualTo(yuan("-150000.50"));
    }

    @Test
    void trailingZerosBeyondTheFenAreNotExtraPrecision() {
        assertThat(Amounts.nonNegative("initialBudget", decimal("2000000.000"))).isEqualTo(yuan("2000000.00"));
    }

    @Test
    void aThirdDecimalIsRefusedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> Amounts.nonNegative("bySource[0].initial", decimal("100.005")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.toProblemDetail().getProperties())
                            .containsEntry("code", "amount-too-precise")
                            .containsEntry("field", "bySource[0].initial")
                            .containsEntry("value", "100.005");
                    assertThat(problem.toProblemDetail().getDetail()).contains("bySource[0].initial", "两位小数");
                });
        assertThatThrownBy(() -> Amounts.signed("adjustment.amount", decimal("-0.001")))
                .hasMessageStartingWith("amount-too-precise");
    }

    @Test
    void aNegativeBudgetLineIsRefusedButANegativeAdjustmentIsAReduction() {
        assertThatThrownBy(() -> Amounts.nonNegative("byClassification[1].amount", decimal("-0.01")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.toProblemDetail().getProperties())
                        .containsEntry("code", "amount-negative")
                        .containsEntry("field", "byClassification[1].amount")
                        .containsEntry("value", "-0.01"));
        assertThat(Amounts.signed("adjustment.amount", decimal("-0.01"))).isEqualTo(yuan("-0.01"));
    }

    @Test
    void anAmountBeyondAnyStreetsBudgetIsATypingError() {
        assertThat(Amounts.nonNegative("initialBudget", Amounts.LIMIT)).isEqualTo(new Yuan(Amounts.LIMIT));
        assertThatThrownBy(() -> Amounts.nonNegative("initialBudget", decimal("1000000000000.00")))
                .hasMessageStartingWith("amount-out-of-range");
        assertThatThrownBy(() -> Amounts.signed("adjustment.amount", decimal("-1E+400")))
                .hasMessageStartingWith("amount-out-of-range");
    }
}
