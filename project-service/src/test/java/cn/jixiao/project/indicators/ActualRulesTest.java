package cn.jixiao.project.indicators;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActualRulesTest {

    @ParameterizedTest(name = "{1} against {0} counts as {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥95%     | 98%       | 98   | %
            ≥10次    | 9次        | 9    | 次
            ≥10次    | 12        | 12   | 次
            ≤200万元 | 200万元     | 200  | 万元
            ≥0.5     | 0.75      | 0.75 | -
            按时完成  | 按时完成    | -    | -
            按时完成  | 100%      | -    | -
            """)
    void anActualThatFitsItsIndicatorCountsInTheTargetsUnit(String target, String actual, String value, String unit) {
        ActualReading reading = ActualRules.read(indicator(target), actual);

        assertThat(reading.text()).isEqualTo(actual);
        assertThat(reading.value()).isEqualTo(value == null ? null : new BigDecimal(value));
        assertThat(reading.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{1} against {0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%    | 98       | 单位不一致：年度指标值“≥95%”以“%”计，实际完成值“98”以无单位计
            ≥10次   | 90%      | 单位不一致
            ≥10次   | 9个       | 单位不一致
            ≥0.5    | 1次       | 单位不一致
            ≥10次   | 已完成     | 是数值指标，实际完成值应为数值（如 10次）
            ≥95%    | ≥98%     | 应为实际达到的具体数值
            """)
    void anActualThatDoesNotFitItsIndicatorIsRefused(String target, String actual, String reason) {
        assertThatThrownBy(() -> ActualRules.read(indicator(target), actual))
                .isInstanceOfSatisfying(UnreadableValue.class, refused -> assertThat(refused.reason().zh()).contains(reason));
    }

    @ParameterizedTest(name = "{1} against {0} reached: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POSITIVE | ≥10次    | 9次     | false
            POSITIVE | ≥10次    | 10次    | true
            POSITIVE | 100%     | 100%   | true
            NEGATIVE | ≤200万元  | 200万元 | true
            NEGATIVE | ≤200万元  | 201万元 | false
            EQUAL    | =3个     | 4个     | true
            EQUAL    | =0起     | 0起     | true
            EQUAL    | =0起     | 1起     | false
            POSITIVE | 90%-95%  | 96%    | false
            POSITIVE | 90%-95%  | 92%    | true
            """)
    void whetherAnActualReachesItsTargetFollowsTheScoringRules(IndicatorDirection direction, String target, String actual,
                                                                boolean reached) {
        Indicator indicator = indicator(direction, target);
        ActualReading reading = ActualRules.read(indicator, actual);

        assertThat(Attainment.reached(indicator.withActual(
                new ReportedActual(actual, reading.value(), reading.unit(), null, "editor", null)))).isEqualTo(reached);
    }

    private static Indicator indicator(String target) {
        TargetReading reading = TargetParser.parseTarget(target);
        return indicator(reading.isQualitative() ? IndicatorDirection.QUALITATIVE : IndicatorDirection.POSITIVE, target);
    }

    private static Indicator indicator(IndicatorDirection direction, String target) {
        return new Indicator("a", IndicatorDimension.QUANTITY, "开展主题活动", TargetParser.parseTarget(target).toTarget(direction),
                direction, BigDecimal.TEN, null, null);
    }
}
