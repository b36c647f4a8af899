package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded.ClassificationTotal;

import static org.assertj.core.api.Assertions.assertThat;

class SpendingTotalsTest {

    @Test
    void tenThousandDimesAddUpToExactlyOneThousandYuan() {
        List<LedgerLine> dimes = Collections.nCopies(10_000, line("2023-05-01", "0.10", "30201", "办公费"));

        SpendingTotals totals = SpendingTotals.none().plus(dimes);

        assertThat(totals.executed()).isEqualTo(new Yuan(new BigDecimal("1000.00")));
        assertThat(totals.entryCount()).isEqualTo(10_000);
        assertThat(totals.byMonth().get(4).amount()).isEqualTo(new Yuan(new BigDecimal("1000.00")));
    }

    @Test
    void batchesAddToWhatWasThereByClassificationAndMonth() {
        SpendingTotals first = SpendingTotals.none().plus(List.of(
                line("2023-03-08", "92350.50", "30227", "委托业务费"), line("2023-03-20", "120.00", "30201", "办公费")));
        SpendingTotals second = first.plus(List.of(line("2023-12-29", "7529.50", "30227", "委托业务费")));

        assertThat(second.executed()).isEqualTo(new Yuan(new BigDecimal("100000.00")));
        assertThat(second.entryCount()).isEqualTo(3);
        assertThat(second.byClassification()).containsExactly(
                new ClassificationTotal("30201", "办公费", new Yuan(new BigDecimal("120.00"))),
                new ClassificationTotal("30227", "委托业务费", new Yuan(new BigDecimal("99880.00"))));
        assertThat(second.byMonth()).hasSize(12);
        assertThat(second.byMonth().get(2).amount()).isEqualTo(new Yuan(new BigDecimal("92470.50")));
        assertThat(second.byMonth().get(11).amount()).isEqualTo(new Yuan(new BigDecimal("7529.50")));
        assertThat(second.executedThrough(3)).isEqualTo(new Yuan(new BigDecimal("92470.50")));
        assertThat(second.executedThrough(12)).isEqualTo(second.executed());
        assertThat(first.executed()).as("totals are values: adding makes new ones").isEqualTo(new Yuan(new BigDecimal("92470.50")));
    }

    @Test
    void theJinchenLedgerAddsUpToTwoMillion() {
        List<LedgerLine> lines = LedgerFiles.jinchen2023().stream().map(entry -> new LedgerLine(entry.date(),
                new Yuan((BigDecimal) entry.amount()), entry.code(), entry.name(), entry.payee(), entry.voucher(), entry.summary(), null)).toList();

        SpendingTotals totals = SpendingTotals.none().plus(lines);

        assertThat(totals.executed()).isEqualTo(new Yuan(new BigDecimal("2000000.00")));
        assertThat(totals.executed().inWan()).isEqualByComparingTo("200.00");
        assertThat(totals.byClassification()).containsExactly(
                new ClassificationTotal("30227", "委托业务费", new Yuan(new BigDecimal("2000000.00"))));
        assertThat(SpendingTotals.sum(lines)).isEqualTo(totals.executed());
    }

    private static LedgerLine line(String date, String amount, String code, String name) {
        return new LedgerLine(LocalDate.parse(date), new Yuan(new BigDecimal(amount)), code, name, "某公司", "V", "摘要", null);
    }
}
