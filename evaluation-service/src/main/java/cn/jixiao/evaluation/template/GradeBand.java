package cn.jixiao.evaluation.template;

import java.math.BigDecimal;

/**
 * One 自评等级 band: totals from {@code minimumTotal} (inclusive) up to the next better band's minimum.
 *
 * @param label how the report words the grade: the seed report says 自评结果为优秀 for 优
 */
public record GradeBand(Grade grade, BigDecimal minimumTotal, String label) {

    public static GradeBand of(Grade grade, int minimumTotal, String label) {
        return new GradeBand(grade, BigDecimal.valueOf(minimumTotal), label);
    }
}
