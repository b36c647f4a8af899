package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;

import static org.assertj.core.api.Assertions.assertThat;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator(new LineRules(2023, ClassificationCatalogue.government()));

    @Test
    void aCompleteRowBecomesAnEntryWithTheCatalogueName() {
        RowValidator.Checked checked = validator.check(2, List.of("2023-06-30", "1,234.50", "30227", "", "昆明某某公司", "记-001", "委托费"));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.line()).isEqualTo(new LedgerLine(LocalDate.of(2023, 6, 30), new Yuan(new BigDecimal("1234.50")),
                "30227", "委托业务费", "昆明某某公司", "记-001", "委托费", 2));
    }

    @Test
    void datesAreReadAsPeopleWriteThemAndAsExcelStoresThem() {
        for (String written : List.of("2023-03-15", "2023/3/15", "2023.03.15", "2023年3月15日", "20230315", "2023-03-15 00:00:00", "45000")) {
            assertThat(CellValues.date(written)).as(written).contains(LocalDate.of(2023, 3, 15));
        }
        assertThat(CellValues.date("2023-02-30")).isEmpty();
        assertThat(CellValues.date("三月十五")).isEmpty();
    }

    @Test
    void everyBadCellOfARowIsReportedWithItsColumnValueAndReason() {
        RowValidator.Checked checked = validator.check(7, List.of("2022-12-31", "-100", "30230", "", "", "记-002", ""));

        assertThat(checked.line()).isNull();
        assertThat(checked.problems()).extracting(RowProblem::cell).containsExactly("A7", "B7", "C7", "E7", "G7");
        assertThat(checked.problems().get(0).value()).isEqualTo("2022-12-31");
        assertThat(checked.problems().get(0).reason().zh()).isEqualTo("日期 2022-12-31 不在预算年度 2023 年内");
        assertThat(checked.problems().get(1).reason().en()).isEqualTo("The amount must be greater than 0");
        assertThat(checked.problems().get(2).reason().zh()).isEqualTo("经济分类编码 30230 不在 2023 年部门预算支出经济分类科目中");
        assertThat(checked.problems().get(3).reason().zh()).isEqualTo("收款方不能为空");
    }

    @Test
    void amountsMustBeNumbersAboveZeroWithAtMostTwoDecimals() {
        assertThat(reasonFor("amount", "12.345")).isEqualTo("金额最多保留两位小数（分）");
        assertThat(reasonFor("amount", "0")).isEqualTo("金额必须大于 0");
        assertThat(reasonFor("amount", "一百元")).isEqualTo("金额不是数字");
        assertThat(reasonFor("amount", "1e3x")).isEqualTo("金额不是数字");
        assertThat(reasonFor("amount", "¥100")).isEqualTo("金额不是数字");
        assertThat(validator.check(2, row("1.0E7")).line().amount()).isEqualTo(new Yuan(new BigDecimal("10000000.00")));
        assertThat(validator.check(2, row("100.10000")).line().amount()).isEqualTo(new Yuan(new BigDecimal("100.10")));
    }

    @Test
    void aNameThatContradictsTheCodeIsBlamedOnTheNameAndTheExampleRowIsRecognised() {
        RowValidator.Checked wrongName = validator.check(3, List.of("2023-01-05", "10", "30227", "办公费", "某公司", "记-1", "摘要"));
        assertThat(wrongName.problems()).extracting(RowProblem::cell).containsExactly("D3");
        assertThat(wrongName.problems().get(0).reason().zh()).contains("委托业务费");

        RowValidator.Checked example = validator.check(2, List.of("2023-03-15", "50000.00", "30227", "委托业务费",
                "昆明某某文化传播有限公司", LineRules.EXAMPLE_VOUCHER, "示例行：导入前请删除本行"));
        assertThat(example.problems()).extracting(RowProblem::cell).containsExactly("F2");
        assertThat(example.problems().get(0).reason().zh()).contains("示例行");
    }

    @Test
    void aCodeTypedIntoANumberCellIsStillTheCode() {
        assertThat(validator.check(2, List.of("2023-01-05", "10", "30227.0", "", "某公司", "记-1", "摘要")).line().classificationCode())
                .isEqualTo("30227");
    }

    private String reasonFor(String column, String amount) {
        return validator.check(2, row(amount)).problems().get(0).reason().zh();
    }

    private static List<String> row(String amount) {
        return List.of("2023-01-05", amount, "30227", "委托业务费", "某公司", "记-1", "摘要");
    }
}
