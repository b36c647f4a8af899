package cn.jixiao.contracts.project;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorUnitsTest {

    @Test
    void percentIsWrittenThreeWaysOnTheForms() {
        assertThat(IndicatorUnits.normalised("百分比")).isEqualTo("%");
        assertThat(IndicatorUnits.normalised(" ％ ")).isEqualTo("%");
        assertThat(IndicatorUnits.normalised("%")).isEqualTo("%");
        assertThat(IndicatorUnits.normalised("  ")).isNull();
        assertThat(IndicatorUnits.normalised(null)).isNull();
    }

    @Test
    void moneyConvertsExactlyBetweenYuanWanAndYi() {
        assertThat(IndicatorUnits.convertMoney(new BigDecimal("58000"), "元", "万元")).contains(new BigDecimal("5.8"));
        assertThat(IndicatorUnits.convertMoney(new BigDecimal("1.5"), "亿元", "万元")).contains(new BigDecimal("15000"));
        assertThat(IndicatorUnits.convertMoney(new BigDecimal("0.01"), "元", "亿元"))
                .contains(new BigDecimal("0.0000000001"));
        assertThat(IndicatorUnits.convertMoney(BigDecimal.ONE, "个", "万元")).isEmpty();
        assertThat(IndicatorUnits.isMoney("万元")).isTrue();
        assertThat(IndicatorUnits.isMoney("%")).isFalse();
    }

    @Test
    void countWordsAreRecognisedButNotMadeEqualHere() {
        assertThat(IndicatorUnits.bothCountWords("项", "个")).isTrue();
        assertThat(IndicatorUnits.bothCountWords("次", "个")).isFalse();
        assertThat(IndicatorUnits.COUNT_WORDS).containsExactly("个", "项", "件");
    }
}
