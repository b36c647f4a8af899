package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 满意度 = satisfied ÷ valid respondents, a percentage with two decimals. */
class SatisfactionRateTest {

    @Test
    void theRateIsSatisfiedOverValidRespondentsInPercentWithTwoDecimals() {
        SatisfactionRate rate = new SatisfactionRate(171, 180);

        assertThat(rate.percent().toPlainString()).isEqualTo("95.00");
        assertThat(rate.explanation()).isEqualTo("满意度 = 满意人数 171 ÷ 有效问卷 180 = 95.00%");
    }

    @Test
    void theRateRoundsHalfUp() {
        assertThat(new SatisfactionRate(2, 3).percent().toPlainString()).isEqualTo("66.67");
        assertThat(new SatisfactionRate(1, 3).percent().toPlainString()).isEqualTo("33.33");
        // 1 ÷ 1600 = 0.0625% → 0.06%; 1 ÷ 8000 = 0.0125% → 0.01%
        assertThat(new SatisfactionRate(1, 1600).percent().toPlainString()).isEqualTo("0.06");
        assertThat(new SatisfactionRate(1, 8000).percent().toPlainString()).isEqualTo("0.01");
    }

    @Test
    void everyoneAndNoOneSatisfiedAreOneHundredAndZero() {
        assertThat(new SatisfactionRate(250, 250).percent().toPlainString()).isEqualTo("100.00");
        assertThat(new SatisfactionRate(0, 250).percent().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void theRateIsTheActualOfASatisfactionIndicatorInPercent() {
        assertThat(new SatisfactionRate(230, 250).asActual())
                .isEqualTo(new ActualValue.Measured(new BigDecimal("92.00"), "%"));
    }

    @Test
    void withoutValidRespondentsOrWithMoreSatisfiedThanRespondentsThereIsNoRate() {
        assertThatThrownBy(() -> new SatisfactionRate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SatisfactionRate(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SatisfactionRate(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
