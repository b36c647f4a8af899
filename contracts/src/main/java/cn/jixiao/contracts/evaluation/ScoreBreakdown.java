package cn.jixiao.contracts.evaluation;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * A self-evaluation's score, line by line as the 项目支出绩效自评表 lays it out, with the district's 复核分
 * beside the self-score wherever the reviewer set one. Everything a report needs to print the form and explain
 * the score, so report-service never recomputes a score. Scores have two decimals, rounded half-up.
 *
 * @param templateId       the evaluation template that scored it
 * @param templateVersion  that template's version; a finalized score never changes when a template does
 * @param execution        the 预算执行率 line
 * @param indicators       the 三级指标 lines, in the project's order
 * @param parts            the 一级指标 subtotals, in the template's order
 * @param total            自评总分
 * @param grade            自评等级: 优, 良, 中 or 差
 * @param gradeLabel       the grade as the report words it, e.g. 优秀
 * @param reviewTotal      复核总分, {@code null} while the district has set no 复核分
 * @param reviewGrade      the grade of the review total, {@code null} with it
 * @param explanationLines the arithmetic, one printable line per row of the form, then the total
 */
public record ScoreBreakdown(
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

    public ScoreBreakdown {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        parts = parts == null ? List.of() : List.copyOf(parts);
        explanationLines = explanationLines == null ? List.of() : List.copyOf(explanationLines);
    }

    /**
     * The 预算执行率 line.
     *
     * @param ratePercent        执行率 in percent as scored, {@code null} when the full-year budget is 0
     * @param weight             分值
     * @param score              得分
     * @param reviewScore        复核分, {@code null} if the reviewer kept the self-score
     * @param lowRateExplanation the street's explanation of a rate under the template's threshold, if written
     * @param explanation        the arithmetic
     */
    public record Execution(Yuan fullYearBudget, Yuan executed, BigDecimal ratePercent, BigDecimal weight,
                            BigDecimal score, BigDecimal reviewScore, String lowRateExplanation,
                            String explanation) {
    }

    /**
     * One 三级指标 row.
     *
     * @param targetText       年度指标值 as the street wrote it
     * @param actualText       实际完成值 as reported, {@code null} while not reported
     * @param qualitativeGrade for a 定性 indicator the grade chosen ({@code ACHIEVED}, {@code PARTLY_ACHIEVED},
     *                         {@code NOT_ACHIEVED}), else {@code null}
     * @param weight           分值
     * @param score            自评得分
     * @param notApplicable    dropped as not applicable, its weight rescaled onto the others
     * @param deviationNote    偏差原因分析及改进措施
     * @param reviewScore      复核分, {@code null} if the reviewer kept the self-score
     * @param reviewReason     why the reviewer changed it
     * @param explanation      the rule and the arithmetic
     */
    public record IndicatorLine(String indicatorId, IndicatorDimension dimension, String name,
                                IndicatorDirection direction, String targetText, String actualText,
                                String qualitativeGrade, BigDecimal weight, BigDecimal score, boolean notApplicable,
                                String deviationNote, BigDecimal reviewScore, String reviewReason,
                                String explanation) {
    }

    /**
     * One 一级指标 subtotal.
     *
     * @param reviewScore the subtotal with the 复核分 in place of the self-scores they replace, {@code null}
     *                    while none of its lines has one
     */
    public record PartLine(IndicatorCategory category, BigDecimal weight, BigDecimal score, BigDecimal reviewScore) {
    }
}
