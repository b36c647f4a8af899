package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * An evaluation's score line by line as the 项目支出绩效自评表 prints it, with the district's 复核分 beside the
 * self-score: report-service's own copy of evaluation-service's score breakdown, so the report never recomputes a
 * score. Field names are those the breakdown was stored with.
 *
 * @param reviewTotal      复核总分, {@code null} while the district has set no 复核分
 * @param reviewGrade      the grade of the review total, {@code null} with it
 * @param explanationLines the arithmetic, one printable line per row of the form, then the total
 */
public record Score(
        String templateId,
        int templateVersion,
        Execution execution,
        List<IndicatorLine> indicators,
        List<PartLine> parts,
        BigDecimal total,
        String grade,
        String gradeLabel,
        BigDecimal reviewTotal,
        String reviewGrade,
        List<String> explanationLines) {

    public Score {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        parts = parts == null ? List.of() : List.copyOf(parts);
        explanationLines = explanationLines == null ? List.of() : List.copyOf(explanationLines);
    }

    /** The 预算执行率 line; {@code ratePercent} is {@code null} when the full-year budget is 0. */
    public record Execution(Yuan fullYearBudget, Yuan executed, BigDecimal ratePercent, BigDecimal weight,
                            BigDecimal score, BigDecimal reviewScore, String lowRateExplanation,
                            String explanation) {
    }

    /** One 三级指标 row; {@code reviewScore} is {@code null} if the reviewer kept the self-score. */
    public record IndicatorLine(String indicatorId, IndicatorDimension dimension, String name,
                                IndicatorDirection direction, String targetText, String actualText,
                                String qualitativeGrade, BigDecimal weight, BigDecimal score, boolean notApplicable,
                                String deviationNote, BigDecimal reviewScore, String reviewReason,
                                String explanation) {
    }

    /** One 一级指标 subtotal; {@code reviewScore} is {@code null} while none of its lines has one. */
    public record PartLine(IndicatorCategory category, BigDecimal weight, BigDecimal score, BigDecimal reviewScore) {
    }
}
