package cn.jixiao.evaluation.scoring;

import java.util.Objects;

import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;

/**
 * One 三级指标 as the evaluation has it.
 *
 * @param indicator     the indicator as defined: target, direction, weight
 * @param actual        the 实际完成值, {@code null} while not reported
 * @param deviationNote 偏差原因分析及改进措施, {@code null} if not written
 * @param notApplicable the indicator does not apply this year: the evaluator marked it so, or it was defined so
 *                      (a line printed "/"), which this always reflects
 */
public record IndicatorEntry(Indicator indicator, ActualValue actual, String deviationNote, boolean notApplicable) {

    public IndicatorEntry {
        Objects.requireNonNull(indicator, "indicator");
        notApplicable = notApplicable || indicator.markedNotApplicable();
    }

    public static IndicatorEntry of(Indicator indicator, ActualValue actual) {
        return new IndicatorEntry(indicator, actual, null, false);
    }

    public IndicatorEntry withDeviationNote(String note) {
        return new IndicatorEntry(indicator, actual, note, notApplicable);
    }

    /** The same entry for this indicator, e.g. one scored against another weight. */
    IndicatorEntry withIndicator(Indicator changed) {
        return new IndicatorEntry(changed, actual, deviationNote, notApplicable);
    }

    public IndicatorEntry markedNotApplicable() {
        return new IndicatorEntry(indicator, actual, deviationNote, true);
    }

    String name() {
        return indicator.name();
    }
}
