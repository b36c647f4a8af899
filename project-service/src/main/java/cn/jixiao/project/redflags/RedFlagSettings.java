package cn.jixiao.project.redflags;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.jixiao.project.redflags.rules.RedFlagThresholds;

/**
 * The red-flag thresholds of this deployment ({@code jixiao.red-flags.*}), the same for every district and template
 * until they become part of a scoring template's published settings (issue #16 asks for that; see the README).
 * The defaults are {@link RedFlagThresholds#DEFAULTS}, which a test holds them equal to.
 */
@ConfigurationProperties("jixiao.red-flags")
record RedFlagSettings(
        @DefaultValue("31") int yearEndWindowDays,
        @DefaultValue("30") BigDecimal yearEndSharePercent,
        @DefaultValue("1000000") BigDecimal procurementThreshold,
        @DefaultValue("20") BigDecimal splitMarginPercent,
        @DefaultValue("30") int splitWindowDays,
        @DefaultValue("2") int splitMinPayments,
        @DefaultValue("50") BigDecimal payeeSharePercent,
        @DefaultValue("3") int payeeMinEntries,
        @DefaultValue("0") int afterCloseGraceDays,
        @DefaultValue("10000") BigDecimal roundUnit,
        @DefaultValue("3") int roundMinInSeries) {

    RedFlagThresholds thresholds() {
        return new RedFlagThresholds(yearEndWindowDays, yearEndSharePercent, procurementThreshold, splitMarginPercent,
                splitWindowDays, splitMinPayments, payeeSharePercent, payeeMinEntries, afterCloseGraceDays, roundUnit,
                roundMinInSeries);
    }
}
