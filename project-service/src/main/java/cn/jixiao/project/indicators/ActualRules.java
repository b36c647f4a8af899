package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import cn.jixiao.contracts.project.IndicatorUnits;
import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.problems.Bilingual;

/**
 * How an actual value is read against its indicator's target, as printed forms write it:
 * <ul>
 *   <li>a qualitative target (or a line whose target is not entered yet, or one marked 不适用) takes any
 *       statement, kept as text; a number there keeps the unit written;</li>
 *   <li>"/" in the actual column is kept as words;</li>
 *   <li>a bare number is read in the target's unit (a target without a unit keeps the actual's), since many forms print the unit in a column of its own
 *       ("100" against "≥100%" reads 100%);</li>
 *   <li>the target's unit or a synonym (百分比, ％) reads as written; 元, 万元 and 亿元 are converted exactly into
 *       the target's unit; 个, 项 and 件 are counts kept as written, for the template to say whether they are
 *       the same count;</li>
 *   <li>words (完成, 已完成) against a numeric target are kept, flagged, and left to the evaluator's judgement;</li>
 *   <li>refused, naming what would be accepted: a unit of another measure (天 against %), and what
 *       {@link TargetParser#parseActual} cannot read.</li>
 * </ul>
 */
public final class ActualRules {

    private ActualRules() {
    }

    /** The actual as it counts for this indicator; or the reason it cannot be read. */
    public static ActualReading read(Indicator indicator, String text) {
        // a "/" printed in the actual column is kept as words, like 已完成
        ActualReading actual = TargetParser.isNotApplicable(text) ? new ActualReading(text.strip(), null, null)
                : TargetParser.parseActual(text);
        if (indicator.target() == null || indicator.target().isQualitative() || indicator.markedNotApplicable()) {
            return new ActualReading(actual.text(), actual.value(), actual.unit(),
                    actual.isQualitative() ? ActualReadingKind.STATEMENT : ActualReadingKind.AS_WRITTEN);
        }
        if (actual.isQualitative()) {
            return new ActualReading(actual.text(), null, null, ActualReadingKind.TEXT_ON_NUMERIC_TARGET);
        }
        String targetUnit = indicator.target().unit();
        if (actual.unit() == null) {
            return new ActualReading(actual.text(), actual.value(), targetUnit,
                    targetUnit == null ? ActualReadingKind.AS_WRITTEN : ActualReadingKind.TARGET_UNIT);
        }
        if (targetUnit == null || actual.unit().equals(targetUnit)) {
            return new ActualReading(actual.text(), actual.value(), actual.unit(), ActualReadingKind.AS_WRITTEN);
        }
        Optional<BigDecimal> converted = IndicatorUnits.convertMoney(actual.value(), actual.unit(), targetUnit);
        if (converted.isPresent()) {
            return new ActualReading(actual.text(), converted.get(), targetUnit, ActualReadingKind.CONVERTED);
        }
        if (IndicatorUnits.bothCountWords(actual.unit(), targetUnit)) {
            return new ActualReading(actual.text(), actual.value(), actual.unit(), ActualReadingKind.OTHER_COUNT_UNIT);
        }
        throw new UnreadableValue(Bilingual.of(
                "“" + indicator.name() + "”的实际完成值“" + actual.text() + "”以" + unitName(actual.unit())
                        + "计，年度指标值“" + indicator.target().text() + "”以" + unitName(targetUnit) + "计，两者无法换算；"
                        + "可填 " + example(indicator) + "、不带单位的 " + indicator.target().value().toPlainString()
                        + "（按年度指标值的单位读取）或文字说明（如 已完成，由评价人判断）",
                "The actual \"" + actual.text() + "\" of \"" + indicator.name() + "\" is in " + unitName(actual.unit())
                        + ", its target \"" + indicator.target().text() + "\" in " + unitName(targetUnit)
                        + ", which do not convert; write " + example(indicator) + ", a bare "
                        + indicator.target().value().toPlainString() + " (read in the target's unit) or words "
                        + "(e.g. 已完成, left to the evaluator)"));
    }

    private static String example(Indicator indicator) {
        return indicator.target().value().toPlainString() + Objects.requireNonNullElse(indicator.target().unit(), "");
    }

    private static String unitName(String unit) {
        return unit == null ? "无单位" : "“" + unit + "”";
    }
}
