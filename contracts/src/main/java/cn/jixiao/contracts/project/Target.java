package cn.jixiao.contracts.project;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An indicator's target as entered ({@code text}, e.g. "≥95%", "≤202.6万元", "1个", "按时完成") and as parsed.
 *
 * @param text       exactly what the street wrote, printed on the form
 * @param comparator {@code GE}, {@code LE}, {@code EQ} or {@code RANGE}; {@code null} for a qualitative target,
 *                   and for a bare number (e.g. "1") whose indicator has no direction: the template's default
 *                   direction decides how it compares
 * @param value      the number (the lower bound of a range); {@code null} for a qualitative target
 * @param upperValue the upper bound of a range, else {@code null}
 * @param unit       the unit as written: {@code %} (also for 百分比 and ％), {@code 个}, {@code 万元}, {@code 天}, ...;
 *                   {@code null} if none
 */
public record Target(String text, String comparator, BigDecimal value, BigDecimal upperValue, String unit) {

    @JsonIgnore
    public boolean isQualitative() {
        return value == null;
    }
}
