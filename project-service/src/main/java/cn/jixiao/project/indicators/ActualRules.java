package cn.jixiao.project.indicators;

import java.util.Objects;

import cn.jixiao.problems.Bilingual;

/**
 * Whether an actual value fits its indicator:
 * <ul>
 *   <li>a quantitative indicator's actual is a number; a qualitative one takes any statement, kept as text;</li>
 *   <li>a percentage is written with % on both sides ("98" against "≥95%" is refused: 98% or 0.98?);</li>
 *   <li>other units must be the same on both sides; an actual may leave its unit out ("12" for "≥10个").</li>
 * </ul>
 */
public final class ActualRules {

    private static final String PERCENT = "%";

    private ActualRules() {
    }

    /** The actual as it counts for this indicator, its unit filled in from the target; or the reason it does not fit. */
    public static ActualReading read(Indicator indicator, String text) {
        ActualReading actual = TargetParser.parseActual(text);
        if (indicator.target().isQualitative()) {
            return new ActualReading(actual.text(), null, null);
        }
        if (actual.isQualitative()) {
            throw new UnreadableValue(Bilingual.of(
                    "“" + indicator.name() + "”是数值指标，实际完成值应为数值（如 " + example(indicator) + "），而不是“" + actual.text() + "”",
                    "\"" + indicator.name() + "\" is measured by a number: write the actual as one (e.g. " + example(indicator)
                            + "), not \"" + actual.text() + "\""));
        }
        String targetUnit = indicator.target().unit();
        boolean unitLeftOut = actual.unit() == null && targetUnit != null && !PERCENT.equals(targetUnit);
        if (!unitLeftOut && !Objects.equals(actual.unit(), targetUnit)) {
            throw new UnreadableValue(Bilingual.of(
                    "单位不一致：年度指标值“" + indicator.target().text() + "”以" + unitName(targetUnit) + "计，实际完成值“"
                            + actual.text() + "”以" + unitName(actual.unit()) + "计（如 " + example(indicator) + "）",
                    "Units differ: the target \"" + indicator.target().text() + "\" is in " + unitName(targetUnit)
                            + ", the actual \"" + actual.text() + "\" in " + unitName(actual.unit())
                            + " (e.g. " + example(indicator) + ")"));
        }
        return new ActualReading(actual.text(), actual.value(), targetUnit);
    }

    private static String example(Indicator indicator) {
        return indicator.target().value().toPlainString() + Objects.requireNonNullElse(indicator.target().unit(), "");
    }

    private static String unitName(String unit) {
        return unit == null ? "无单位" : "“" + unit + "”";
    }
}
