package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.Target;

/**
 * A third-level indicator (三级指标) as stored, with its reported actual value if any. A draft line may still
 * miss its target, weight or actual ({@link #missing()}); a line printed "/" is 不适用 and misses nothing.
 *
 * @param id              stable within the project: actuals, scores and the actuals workbook refer to it
 * @param dimension       二级指标, which fixes the 一级指标
 * @param target          年度指标值, as written and as parsed; {@code null} while blank
 * @param direction       {@code null} when the template's default direction applies
 * @param weight          分值, two decimals; {@code null} while blank, and on a 不适用 line printed "/"
 * @param actual          实际完成值, {@code null} until reported
 * @param notApplicable   a line printed "/" (不适用); {@code null} in lines stored before #17
 * @param directionSource what decided the direction; {@code null} in lines stored before #17 (entered)
 */
public record Indicator(String id, IndicatorDimension dimension, String name, Target target,
                        IndicatorDirection direction, BigDecimal weight, String dataSource, ReportedActual actual,
                        Boolean notApplicable, DirectionSource directionSource) {

    /** A cell of the line not filled in yet. */
    public enum Missing {
        TARGET("年度指标值", "target"),
        WEIGHT("分值", "weight"),
        ACTUAL("实际完成值", "actual value");

        private final String column;
        private final String english;

        Missing(String column, String english) {
            this.column = column;
            this.english = english;
        }

        public String column() {
            return column;
        }

        public String english() {
            return english;
        }
    }

    public IndicatorCategory category() {
        return dimension.category();
    }

    public boolean markedNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }

    /**
     * A written target without a comparator and no direction entered (a bare {@code 1}): the template's default
     * direction scores it. A 不适用 line or a blank target is not counted here: the one is not scored, the other is
     * listed as missing, and its direction follows from the target once it is written.
     */
    public boolean leftToTemplateDirection() {
        return directionSource == DirectionSource.TEMPLATE_DEFAULT && !markedNotApplicable() && target != null;
    }

    /** The cells still blank, in the form's column order; none on a 不适用 line. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (markedNotApplicable()) {
            return missing;
        }
        if (target == null) {
            missing.add(Missing.TARGET);
        }
        if (weight == null) {
            missing.add(Missing.WEIGHT);
        }
        if (actual == null) {
            missing.add(Missing.ACTUAL);
        }
        return missing;
    }

    public Indicator withActual(ReportedActual newActual) {
        return new Indicator(id, dimension, name, target, direction, weight, dataSource, newActual, notApplicable,
                directionSource);
    }

    /** The same indicator as published, without its actual (which travels in {@code ActualsReported}). */
    public IndicatorsDefined.Indicator published() {
        return new IndicatorsDefined.Indicator(id, dimension, name, target, direction, weight, dataSource,
                markedNotApplicable(), directionSource == null ? DirectionSource.ENTERED : directionSource);
    }
}
