package cn.jixiao.project.budget;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.jixiao.project.budget.FundingSource.CURRENT_YEAR_APPROPRIATION;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetTest {

    static final Budget JINCHEN = Budget.atStartOfYear(yuan("2000000.00"),
            List.of(new SourceLine(CURRENT_YEAR_APPROPRIATION, yuan("2000000.00"), yuan("2000000.00"))),
            List.of(new ClassificationLine("30227", "委托业务费", yuan("2000000.00"))));

    @Test
    void withoutAdjustmentsTheFullYearBudgetIsTheInitialBudget() {
        assertThat(JINCHEN.adjustments()).isEmpty();
        assertThat(JINCHEN.adjustmentTotal()).isEqualTo(yuan("0"));
        assertThat(JINCHEN.fullYear()).isEqualTo(yuan("2000000.00"));
        assertThat(JINCHEN.fullYear().inWan()).isEqualByComparingTo("200.00");
    }

    @Test
    void theFullYearBudgetIsTheInitialBudgetPlusEveryIncreaseMinusEveryReduction() {
        Budget adjusted = JINCHEN
                .adjusted(new Adjustment(LocalDate.of(2023, 7, 15), yuan("150000.00"), "追加宣传月经费"), List.of(), List.of())
                .adjusted(new Adjustment(LocalDate.of(2023, 10, 8), yuan("-50000.01"), "调减培训经费"), List.of(), List.of());

        assertThat(adjusted.adjustmentTotal()).isEqualTo(yuan("99999.99"));
        assertThat(adjusted.fullYear()).isEqualTo(yuan("2099999.99"));
        assertThat(adjusted.initial()).isEqualTo(yuan("2000000.00"));
    }

    @Test
    void adjustmentsAreKeptInDateOrderAndThoseOfOneDayInTheOrderMade() {
        Adjustment october = new Adjustment(LocalDate.of(2023, 10, 8), yuan("-1"), "第三次");
        Adjustment julyFirst = new Adjustment(LocalDate.of(2023, 7, 15), yuan("2"), "第一次");
        Adjustment julySecond = new Adjustment(LocalDate.of(2023, 7, 15), yuan("3"), "第二次");

        Budget adjusted = JINCHEN.adjusted(october, List.of(), List.of())
                .adjusted(julyFirst, List.of(), List.of())
                .adjusted(julySecond, List.of(), List.of());

        assertThat(adjusted.adjustments()).containsExactly(julyFirst, julySecond, october);
    }

    @Test
    void anAdjustmentCarriesTheBreakdownsThatIncludeIt() {
        List<SourceLine> sources = List.of(new SourceLine(CURRENT_YEAR_APPROPRIATION, yuan("2000000"), yuan("2100000")));
        List<ClassificationLine> classes = List.of(new ClassificationLine("30227", "委托业务费", yuan("2100000")));

        Budget adjusted = JINCHEN.adjusted(new Adjustment(LocalDate.of(2023, 7, 15), yuan("100000"), "追加"), sources, classes);

        assertThat(adjusted.bySource()).isEqualTo(sources);
        assertThat(adjusted.byClassification()).isEqualTo(classes);
    }

    @Test
    void aNewInitialBudgetAndBreakdownKeepTheAdjustmentsAlreadyMade() {
        Adjustment increase = new Adjustment(LocalDate.of(2023, 7, 15), yuan("100000"), "追加");
        Budget adjusted = JINCHEN.adjusted(increase, List.of(), List.of());

        Budget changed = adjusted.withInitialAndBreakdowns(yuan("1900000"), List.of(), List.of());

        assertThat(changed.adjustments()).containsExactly(increase);
        assertThat(changed.fullYear()).isEqualTo(yuan("2000000"));
    }

    @Test
    void anIncreaseIsPositiveAndAReductionNegative() {
        assertThat(new Adjustment(LocalDate.of(2023, 7, 15), yuan("0.01"), "追加").isIncrease()).isTrue();
        assertThat(new Adjustment(LocalDate.of(2023, 7, 15), yuan("-0.01"), "调减").isIncrease()).isFalse();
    }
}
