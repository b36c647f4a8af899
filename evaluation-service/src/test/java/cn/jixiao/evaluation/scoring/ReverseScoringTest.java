package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.ReverseFormula;

import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.evaluation.scoring.Fixtures.alone;
import static cn.jixiao.evaluation.scoring.Fixtures.atMost;
import static cn.jixiao.evaluation.scoring.Fixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** 反向 (≤ target, lower is better). */
class ReverseScoringTest {

    private static Indicator cost(Target target) {
        return Fixtures.indicator(IndicatorDimension.OUTPUT_COST, "cost", "项目总成本", target, NEGATIVE, "10");
    }

    @Nested
    class UnderTheDefaultBandRule {

        @Test
        void anActualAtOrBelowTheTargetScoresFullMarks() {
            IndicatorScore atTarget = alone(cost(atMost("200", "万元")), measured("200", "万元"));
            assertThat(atTarget.score()).isEqualByComparingTo("10.00");
            assertThat(atTarget.explanation()).isEqualTo("实际完成值 200万元 未超过年度指标值 ≤200万元：得满分 10.00");

            assertThat(alone(cost(atMost("200", "万元")), measured("150", "万元")).score()).isEqualByComparingTo("10.00");
        }

        @Test
        void anActualOfZeroScoresFullMarks() {
            assertThat(alone(cost(atMost("200", "万元")), measured("0", "万元")).score()).isEqualByComparingTo("10.00");
        }

        @Test
        void anActualBetweenTheTargetAndTwiceTheTargetLosesPointsLinearly() {
            IndicatorScore line = alone(cost(atMost("200", "万元")), measured("230", "万元"));

            assertThat(line.score()).isEqualByComparingTo("8.50");
            assertThat(line.explanation())
                    .isEqualTo("实际完成值 230万元 > 年度指标值 ≤200万元：得分 = (1 − (230 − 200) ÷ 200) × 10 = 8.50");
        }

        @Test
        void justBelowTwiceTheTargetStillScoresALittle() {
            assertThat(alone(cost(atMost("200", "万元")), measured("399", "万元")).score()).isEqualByComparingTo("0.05");
        }

        @Test
        void exactlyTwiceTheTargetScoresZero() {
            IndicatorScore line = alone(cost(atMost("200", "万元")), measured("400", "万元"));

            assertThat(line.score()).isEqualByComparingTo("0.00");
            assertThat(line.explanation()).isEqualTo("实际完成值 400万元 ≥ 年度指标值 ≤200万元 的 2 倍：得分 0.00");
        }

        @Test
        void moreThanTwiceTheTargetScoresZero() {
            assertThat(alone(cost(atMost("200", "万元")), measured("1000", "万元")).score()).isEqualByComparingTo("0.00");
        }

        @Test
        void aZeroTargetScoresFullMarksAtZeroAndNothingAbove() {
            IndicatorScore none = alone(cost(atMost("0", "起")), measured("0", "起"));
            assertThat(none.score()).isEqualByComparingTo("10.00");

            IndicatorScore one = alone(cost(atMost("0", "起")), measured("1", "起"));
            assertThat(one.score()).isEqualByComparingTo("0.00");
            assertThat(one.explanation()).isEqualTo("实际完成值 1起 > 年度指标值 ≤0起：得分 0.00");
        }
    }

    @Nested
    class UnderTheRatioRule {

        @Test
        void anActualOverTheTargetScoresTargetOverActualTimesTheWeight() {
            IndicatorScore line = alone(ReverseFormula.RATIO, cost(atMost("200", "万元")), measured("250", "万元"));

            assertThat(line.score()).isEqualByComparingTo("8.00");
            assertThat(line.explanation()).isEqualTo("实际完成值 250万元 > 年度指标值 ≤200万元：得分 = 200 ÷ 250 × 10 = 8.00");
        }

        @Test
        void twiceTheTargetStillScoresHalfTheWeight() {
            assertThat(alone(ReverseFormula.RATIO, cost(atMost("200", "万元")), measured("400", "万元")).score())
                    .isEqualByComparingTo("5.00");
        }

        @Test
        void anActualAtOrBelowTheTargetScoresFullMarks() {
            assertThat(alone(ReverseFormula.RATIO, cost(atMost("200", "万元")), measured("200", "万元")).score())
                    .isEqualByComparingTo("10.00");
            assertThat(alone(ReverseFormula.RATIO, cost(atMost("200", "万元")), measured("0", "万元")).score())
                    .isEqualByComparingTo("10.00");
        }

        @Test
        void theRatioRoundsHalfUp() {
            // 200 ÷ 300 × 10 = 6.666… → 6.67
            assertThat(alone(ReverseFormula.RATIO, cost(atMost("200", "万元")), measured("300", "万元")).score())
                    .isEqualByComparingTo("6.67");
        }

        @Test
        void aZeroTargetScoresNothingAboveZero() {
            assertThat(alone(ReverseFormula.RATIO, cost(atMost("0", "起")), measured("2", "起")).score())
                    .isEqualByComparingTo("0.00");
        }
    }
}
