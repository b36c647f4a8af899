package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.assembly.ReportSentences.ClassShare;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSentencesTest {

    private static final String UNIT = "昆明市盘龙区人民政府金辰街道办事处";

    @Test
    void oneClassThatIsTheWholeFundIsNamedAsAll() {
        assertThat(ReportSentences.funds(2023, UNIT, "创建全省民族团结进步示范街道专项资金", Yuan.parse("2000000"),
                List.of(new ClassShare("委托业务费", Yuan.parse("2000000")))))
                .isEqualTo("2023年度昆明市盘龙区人民政府金辰街道办事处创建全省民族团结进步示范街道专项资金200.00万元（全部为委托业务费）。");
    }

    @Test
    void severalClassesAreListedWithTheirAmountsAndShares() {
        assertThat(ReportSentences.funds(2023, UNIT, "老旧小区绿化提升专项资金", Yuan.parse("3000000"), List.of(
                new ClassShare("委托业务费", Yuan.parse("2000000")), new ClassShare("专用材料费", Yuan.parse("1000000")))))
                .isEqualTo("2023年度昆明市盘龙区人民政府金辰街道办事处老旧小区绿化提升专项资金300.00万元，其中：委托业务费200.00万元，"
                        + "占66.67%；专用材料费100.00万元，占33.33%。");
    }

    @Test
    void aClassWithNothingIsLeftOutSoTheOtherIsTheWhole() {
        assertThat(ReportSentences.funds(2023, UNIT, "专项资金", Yuan.parse("500000"), List.of(
                new ClassShare("委托业务费", Yuan.parse("500000")), new ClassShare("印刷费", Yuan.ZERO))))
                .endsWith("专项资金50.00万元（全部为委托业务费）。");
    }

    @Test
    void aProjectNotNamedAFundIsCalledItsProjectFunds() {
        assertThat(ReportSentences.funds(2024, UNIT, "社区养老服务", Yuan.parse("100000"), List.of()))
                .isEqualTo("2024年度昆明市盘龙区人民政府金辰街道办事处社区养老服务项目资金10.00万元。");
    }

    @Test
    void amountsAreRoundedHalfUpToTwoDecimalsOfWan() {
        assertThat(ReportSentences.wan(Yuan.parse("12345.67"))).isEqualTo("1.23");
        assertThat(ReportSentences.wan(Yuan.parse("155.00"))).isEqualTo("0.02");
        assertThat(ReportSentences.wan(Yuan.parse("149.99"))).isEqualTo("0.01");
        assertThat(ReportSentences.wan(Yuan.parse("1234567.89"))).isEqualTo("123.46");
    }

    @Test
    void sharesAreRoundedHalfUpToTwoDecimalsOfAPercent() {
        assertThat(ReportSentences.funds(2023, "", "专项资金", Yuan.parse("300000"), List.of(
                new ClassShare("甲", Yuan.parse("100000")), new ClassShare("乙", Yuan.parse("200000")))))
                .contains("甲10.00万元，占33.33%", "乙20.00万元，占66.67%");
    }

    @Test
    void theExecutionSentenceStatesBudgetSpendingAndRate() {
        assertThat(ReportSentences.execution(Yuan.parse("2000000"), Yuan.parse("1850000.50"), new BigDecimal("92.5")))
                .isEqualTo("全年预算数200.00万元，全年执行数185.00万元，预算执行率92.50%。");
        assertThat(ReportSentences.execution(Yuan.ZERO, Yuan.ZERO, null)).contains("预算执行率无法计算");
    }

    @Test
    void theRateIsSpendingOverBudgetInPercentHalfUp() {
        assertThat(ReportSentences.rate(Yuan.parse("2"), Yuan.parse("3"))).isEqualByComparingTo("66.67");
        assertThat(ReportSentences.rate(Yuan.parse("1"), Yuan.ZERO)).isNull();
    }

    @Test
    void theConclusionEndsAccordingToTheGrade() {
        assertThat(ReportSentences.conclusion(2023, "创建全省民族团结进步示范街道专项资金", new BigDecimal("98"), "优", "优秀",
                null, null)).isEqualTo("我单位2023年创建全省民族团结进步示范街道专项资金项目支出绩效自评分98.00分，自评结果为优秀，"
                + "达成了预期的绩效目标，切实做到了用实、用好财政资金。");
        assertThat(ReportSentences.conclusion(2023, "X", new BigDecimal("85.5"), "良", "良好", null, null))
                .contains("自评分85.50分，自评结果为良好，基本达成了预期的绩效目标");
        assertThat(ReportSentences.conclusion(2023, "X", new BigDecimal("55"), "差", "差", null, null))
                .contains("未能达成预期的绩效目标");
    }

    @Test
    void aReviewedScoreAddsTheDistrictsResult() {
        assertThat(ReportSentences.conclusion(2023, "X", new BigDecimal("98"), "优", "优秀", new BigDecimal("88.5"), "良"))
                .endsWith("经区级复核，复核得分88.50分，复核结果为良好。");
    }
}
