package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget's optional monthly plan: twelve cumulative percentages, never falling, December 100. */
class MonthlyPlanTest {

    private static List<BigDecimal> plan(String... shares) {
        List<BigDecimal> all = new ArrayList<>();
        for (String share : shares) {
            all.add(share == null ? null : new BigDecimal(share));
        }
        return all;
    }

    private static final List<BigDecimal> EVEN_THEN_LATE = plan("5", "10", "15", "20", "30", "45.5", "55", "65", "75",
            "85", "95", "100");

    @Test
    void aPlanGivesTheShareByTheEndOfEachMonth() {
        MonthlyPlan plan = MonthlyPlan.checked(EVEN_THEN_LATE);

        assertThat(plan.byEndOf(1)).isEqualByComparingTo("5");
        assertThat(plan.byEndOf(6)).isEqualByComparingTo("45.5");
        assertThat(plan.byEndOf(12)).isEqualByComparingTo("100");
    }

    @Test
    void noPlanEnteredIsNoPlan() {
        assertThat(MonthlyPlan.checked(null)).isNull();
        assertThat(MonthlyPlan.checked(List.of())).isNull();
    }

    @Test
    void aPlanThatIsNotTwelveMonthsFallsExceeds100OrEndsBelowItIsRefusedNamingTheMonth() {
        assertThatThrownBy(() -> MonthlyPlan.checked(plan("50", "100"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("12");
        List<BigDecimal> falling = new ArrayList<>(EVEN_THEN_LATE);
        falling.set(6, new BigDecimal("40"));
        assertThatThrownBy(() -> MonthlyPlan.checked(falling)).isInstanceOfSatisfying(ProblemException.class,
                refused -> assertThat(refused.getMessage()).contains("month 7"));
        List<BigDecimal> short100 = new ArrayList<>(EVEN_THEN_LATE);
        short100.set(11, new BigDecimal("99"));
        assertThatThrownBy(() -> MonthlyPlan.checked(short100)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("December");
        List<BigDecimal> tooPrecise = new ArrayList<>(EVEN_THEN_LATE);
        tooPrecise.set(0, new BigDecimal("5.001"));
        assertThatThrownBy(() -> MonthlyPlan.checked(tooPrecise)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("month 1");
        assertThatThrownBy(() -> MonthlyPlan.checked(plan(null, "10", "15", "20", "30", "45", "55", "65", "75", "85",
                "95", "100"))).isInstanceOf(ProblemException.class);
    }
}
