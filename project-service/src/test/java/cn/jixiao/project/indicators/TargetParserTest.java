package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetParserTest {

    @ParameterizedTest(name = "{0} reads as {1} {2}..{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥95%            | GE    | 95      | -   | %
            ＞=90%           | GE    | 90      | -   | %
            ≤202.6万元       | LE    | 202.6   | -   | 万元
            <=10天          | LE    | 10      | -   | 天
            =100%           | EQ    | 100     | -   | %
            100%            | -     | 100     | -   | %
            1个             | -     | 1       | -   | 个
            ≥3次            | GE    | 3       | -   | 次
            90%-95%         | RANGE | 90      | 95  | %
            90%～95%         | RANGE | 90      | 95  | %
            90～95%          | RANGE | 90      | 95  | %
            90%至95%         | RANGE | 90      | 95  | %
            ≥ 95 ％          | GE    | 95      | -   | %
            ＜＝10天          | LE    | 10      | -   | 天
            ≦10天           | LE    | 10      | -   | 天
            ≧95%            | GE    | 95      | -   | %
            ＝100％          | EQ    | 100     | -   | %
            ９５％           | -     | 95      | -   | %
            ≥100百分比        | GE    | 100     | -   | %
            90百分比-95百分比   | RANGE | 90      | 95  | %
            1               | -     | 1       | -   | -
            >=1户           | GE    | 1       | -   | 户
            ≥3000人次        | GE    | 3000    | -   | 人次
            不低于90%        | GE    | 90      | -   | %
            95%以上          | GE    | 95      | -   | %
            10天以内         | LE    | 10      | -   | 天
            ≥95%以上         | GE    | 95      | -   | %
            2,026,000元     | -     | 2026000 | -   | 元
            ≥500平方米       | GE    | 500     | -   | 平方米
            ≥500㎡          | GE    | 500     | -   | 平方米
            3个月           | -     | 3       | -   | 个月
            ≤0起            | LE    | 0       | -   | 起
            ≥0.5            | GE    | 0.5     | -   | -
            """)
    void aQuantitativeTargetIsReadAsStreetsWriteIt(String text, String comparator, String value, String upper, String unit) {
        TargetReading reading = TargetParser.parseTarget(text);

        assertThat(reading.text()).isEqualTo(text.strip());
        assertThat(reading.written()).isEqualTo(comparator == null ? null : TargetComparator.valueOf(comparator));
        assertThat(reading.value()).isEqualByComparingTo(value);
        assertThat(reading.upperValue()).isEqualTo(upper == null ? null : new BigDecimal(upper));
        assertThat(reading.unit()).isEqualTo(unit);
        assertThat(reading.isQualitative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"按时完成", "有效提升", "达到预期", "  明显改善 ", "2023年12月底前完成", "长期发挥作用"})
    void wordsAreAQualitativeTargetKeptAsWritten(String text) {
        TargetReading reading = TargetParser.parseTarget(text);

        assertThat(reading.isQualitative()).isTrue();
        assertThat(reading.text()).isEqualTo(text.strip());
        assertThat(reading.toTarget(IndicatorDirection.QUALITATIVE))
                .isEqualTo(new Target(text.strip(), null, null, null, null));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''              | 不能为空
            '   '           | 不能为空
            >90%            | 严格大于或小于
            ＞90%            | 严格大于或小于
            大于90%          | 严格大于或小于
            <10天           | 严格大于或小于
            ≥               | 比较符号之后应为数值和单位
            ≥好             | 比较符号之后应为数值和单位
            ≥95%%           | 比较符号之后应为数值和单位
            =90%-95%        | 比较符号之后应为数值和单位
            95%%            | 无法识别
            abc             | 无法识别
            N/A             | 无法识别
            1.2.3个         | 无法识别
            -5%             | 无法识别
            95%-90%         | 下限应小于上限
            90%-90%         | 下限应小于上限
            90%-95个        | 单位不同
            ≥95%以下         | 相互矛盾
            满意度≥90%        | 只应写比较符号、数值和单位
            ≥1.23456%       | 小数位数过多
            """)
    void nonsenseIsRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> TargetParser.parseTarget(text))
                .isInstanceOfSatisfying(UnreadableValue.class, refused -> {
                    assertThat(refused.reason().zh()).contains(reason);
                    assertThat(refused.reason().en()).isNotBlank();
                });
    }

    @Test
    void aTargetLongerThanTheFormCellIsRefused() {
        assertThatThrownBy(() -> TargetParser.parseTarget("按时完成".repeat(51)))
                .isInstanceOf(UnreadableValue.class).hasMessageContaining("at most 200");
    }

    @ParameterizedTest(name = "a bare number under {0} compares {1}")
    @CsvSource({"POSITIVE, GE", "NEGATIVE, LE", "EQUAL, EQ"})
    void aBareNumberTakesTheComparatorItsDirectionScoresBy(IndicatorDirection direction, TargetComparator expected) {
        TargetReading reading = TargetParser.parseTarget("100%");

        assertThat(reading.comparator(direction)).isEqualTo(expected);
        assertThat(reading.toTarget(direction)).isEqualTo(new Target("100%", expected.name(), new BigDecimal("100"), null, "%"));
    }

    @Test
    void aWrittenComparatorIsKeptWhateverTheDirectionSoTheRulesCanSeeAContradiction() {
        assertThat(TargetParser.parseTarget("≥95%").comparator(IndicatorDirection.NEGATIVE)).isEqualTo(TargetComparator.GE);
        assertThat(TargetParser.parseTarget("95%").comparator(IndicatorDirection.QUALITATIVE)).isNull();
    }

    @ParameterizedTest(name = "actual {0} reads as {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            98%         | 98      | %
            12个         | 12      | 个
            9次          | 9       | 次
            96.5%       | 96.5    | %
            200万元       | 200     | 万元
            １２个        | 12      | 个
            3,260人次     | 3260    | 人次
            0           | 0       | -
            """)
    void anActualIsANumberWithItsUnit(String text, String value, String unit) {
        ActualReading actual = TargetParser.parseActual(text);

        assertThat(actual.value()).isEqualByComparingTo(value);
        assertThat(actual.unit()).isEqualTo(unit);
        assertThat(actual.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"已完成", "按时完成", "氛围明显增强，达到预期"})
    void aStatementIsTheActualOfAQualitativeIndicator(String text) {
        ActualReading actual = TargetParser.parseActual(text);

        assertThat(actual.isQualitative()).isTrue();
        assertThat(actual.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "actual {0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥98%        | 应为实际达到的具体数值
            96%以上      | 应为实际达到的具体数值
            90%-95%     | 应为实际达到的具体数值
            >98%        | 应为实际达到的具体数值
            ''          | 不能为空
            abc         | 无法识别
            98%%        | 无法识别
            """)
    void anActualThatDoesNotSayWhatWasAchievedIsRefused(String text, String reason) {
        assertThatThrownBy(() -> TargetParser.parseActual(text))
                .isInstanceOfSatisfying(UnreadableValue.class, refused -> assertThat(refused.reason().zh()).contains(reason));
    }
}
