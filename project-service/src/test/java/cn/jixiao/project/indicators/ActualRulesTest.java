package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Actuals as printed forms write them. Since #17 a bare number is read in the target's unit (forms print the unit
 * in a column of its own), money converts, other count words and words on a numeric target are kept for the
 * template and the evaluator: the former refusals (单位不一致 for "98" against ≥95%, "9个" against ≥10次,
 * 是数值指标 for 已完成) became readings.
 */
class ActualRulesTest {

    @ParameterizedTest(name = "{1} against {0} reads as {2} {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥95%       | 98%       | 98     | %  | AS_WRITTEN
            ≥100%      | 100       | 100    | %  | TARGET_UNIT
            ≥95%       | 98        | 98     | %  | TARGET_UNIT
            ≥100百分比  | 100%      | 100    | %  | AS_WRITTEN
            ≥100%      | 100百分比  | 100    | %  | AS_WRITTEN
            ≥95%       | 98％       | 98     | %  | AS_WRITTEN
            ≥10次      | 9次        | 9      | 次  | AS_WRITTEN
            ≥10次      | 12        | 12     | 次  | TARGET_UNIT
            =6万元     | 6         | 6      | 万元 | TARGET_UNIT
            =6万元     | 58000元    | 5.8    | 万元 | CONVERTED
            ≤200万元   | 2000000元  | 200    | 万元 | CONVERTED
            ≥50000元   | 6万元      | 60000  | 元  | CONVERTED
            ≥10个      | 9项        | 9      | 项  | OTHER_COUNT_UNIT
            ≥10件      | 12个       | 12     | 个  | OTHER_COUNT_UNIT
            1          | 1个        | 1      | 个  | AS_WRITTEN
            ≥0.5       | 0.75      | 0.75   | -  | AS_WRITTEN
            ≥10次      | 已完成      | -      | -  | TEXT_ON_NUMERIC_TARGET
            ≥100%      | 完成       | -      | -  | TEXT_ON_NUMERIC_TARGET
            ≥100%      | /         | -      | -  | TEXT_ON_NUMERIC_TARGET
            按时完成    | 按时完成    | -      | -  | STATEMENT
            按时完成    | 100%      | 100    | %  | AS_WRITTEN
            """)
    void anActualIsReadAgainstItsTargetAndTheReadingShownBack(String target, String actual, String value, String unit,
                                                              ActualReadingKind kind) {
        ActualReading reading = ActualRules.read(indicator(target), actual);

        assertThat(reading.text()).isEqualTo(actual);
        assertThat(reading.value()).isEqualTo(value == null ? null : new BigDecimal(value));
        assertThat(reading.unit()).isEqualTo(unit);
        assertThat(reading.kind()).isEqualTo(kind);
    }

    @Test
    void aBareHundredAgainstAHundredPercentIsShownBackAsAHundredPercent() {
        assertThat(ActualRules.read(indicator("≥100%"), "100").shown()).isEqualTo("100%");
    }

    @Test
    void aLineWithoutATargetYetKeepsTheActualAsWritten() {
        Indicator blank = new Indicator("a", IndicatorDimension.QUANTITY, "开展主题活动", null, null, null, null, null,
                false, DirectionSource.TEMPLATE_DEFAULT);

        assertThat(ActualRules.read(blank, "12场")).isEqualTo(new ActualReading("12场", new BigDecimal("12"), "场",
                ActualReadingKind.AS_WRITTEN));
        assertThat(ActualRules.read(blank, "已完成").kind()).isEqualTo(ActualReadingKind.STATEMENT);
    }

    @ParameterizedTest(name = "{1} against {0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10次   | 90%      | 实际完成值“90%”以“%”计，年度指标值“≥10次”以“次”计，两者无法换算；可填 10次、不带单位的 10
            ≥95%    | 5天       | 可填 95%、不带单位的 95（按年度指标值的单位读取）或文字说明
            ≥95%    | ≥98%     | 应为实际达到的具体数值
            ≥95%    | 98%%     | 无法识别实际完成值
            """)
    void anActualThatCannotBeReadIsRefusedNamingWhatWouldBeAccepted(String target, String actual, String reason) {
        assertThatThrownBy(() -> ActualRules.read(indicator(target), actual))
                .isInstanceOfSatisfying(UnreadableValue.class, refused -> assertThat(refused.reason().zh()).contains(reason));
    }

    @ParameterizedTest(name = "{1} against {0} reached: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            POSITIVE | ≥10次    | 9次      | false
            POSITIVE | ≥10次    | 10次     | true
            POSITIVE | 100%     | 100%    | true
            POSITIVE | ≥100%    | 100     | true
            NEGATIVE | ≤200万元  | 200万元  | true
            NEGATIVE | ≤200万元  | 201万元  | false
            NEGATIVE | ≤200万元  | 2010000元 | false
            EQUAL    | =3个     | 4个      | true
            EQUAL    | =0起     | 0起      | true
            EQUAL    | =0起     | 1起      | false
            POSITIVE | 90%-95%  | 96%     | false
            POSITIVE | 90%-95%  | 92%     | true
            POSITIVE | ≥10个    | 12项     | -
            POSITIVE | ≥10个    | 已完成    | -
            """)
    void whetherAnActualReachesItsTargetFollowsTheScoringRules(IndicatorDirection direction, String target, String actual,
                                                                Boolean reached) {
        Indicator indicator = indicator(direction, target);
        ActualReading reading = ActualRules.read(indicator, actual);

        assertThat(Attainment.reached(indicator.withActual(new ReportedActual(actual, reading.value(), reading.unit(), null,
                "editor", null, reading.kind())))).isEqualTo(reached);
    }

    private static Indicator indicator(String target) {
        TargetReading reading = TargetParser.parseTarget(target);
        return indicator(reading.isQualitative() ? IndicatorDirection.QUALITATIVE : IndicatorDirection.POSITIVE, target);
    }

    private static Indicator indicator(IndicatorDirection direction, String target) {
        Target parsed = TargetParser.parseTarget(target).toTarget(direction);
        return new Indicator("a", IndicatorDimension.QUANTITY, "开展主题活动", parsed, direction, BigDecimal.TEN, null, null,
                false, DirectionSource.ENTERED);
    }
}
