package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * The 项目支出绩效自评表 as the national form lays it out: header, funds block, 年度总体目标, the indicator table,
 * then 总分 and 等级. Amounts are exact; renderers print them in 万元 with two decimals, as the form does.
 *
 * @param year            （2023年度）
 * @param funds           the funds block: the 年度资金总额 row first, then one row per source (其中：本年财政拨款,
 *                        上年结转资金, 其他资金)
 * @param goals           年度总体目标: what was expected and what was achieved, side by side
 * @param indicators      the 三级指标 rows, grouped by 一级 then 二级 in the form's order (renderers merge the
 *                        cells of a group)
 * @param total           总分, the self-score
 * @param gradeLabel      等级 as the form words it, e.g. 优秀
 * @param reviewTotal     复核总分 when the district set 复核分, else {@code null}
 * @param fundsNote       the footnote under the funds block, e.g. 全年执行数为汇总数，来源：部门决算 when 全年执行数 is a
 *                        summary figure and not a ledger's; {@code null} (nothing printed) for a ledger's
 */
public record SelfEvaluationForm(
        int year,
        String projectName,
        String competentDepartment,
        String implementingUnit,
        List<FundsRow> funds,
        GoalsRow goals,
        List<IndicatorRow> indicators,
        BigDecimal total,
        String gradeLabel,
        BigDecimal reviewTotal,
        String fundsNote,
        String targetsNote) {

    public SelfEvaluationForm {
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
    }

    /** A form with the funds block's footnote, before any targets were approved: no note on them. */
    public SelfEvaluationForm(int year, String projectName, String competentDepartment, String implementingUnit,
                              List<FundsRow> funds, GoalsRow goals, List<IndicatorRow> indicators, BigDecimal total,
                              String gradeLabel, BigDecimal reviewTotal, String fundsNote) {
        this(year, projectName, competentDepartment, implementingUnit, funds, goals, indicators, total, gradeLabel,
                reviewTotal, fundsNote, null);
    }

    /** A form whose 全年执行数, if any, is a ledger's: no footnote under the funds block. */
    public SelfEvaluationForm(int year, String projectName, String competentDepartment, String implementingUnit,
                              List<FundsRow> funds, GoalsRow goals, List<IndicatorRow> indicators, BigDecimal total,
                              String gradeLabel, BigDecimal reviewTotal) {
        this(year, projectName, competentDepartment, implementingUnit, funds, goals, indicators, total, gradeLabel,
                reviewTotal, null, null);
    }

    /**
     * One row of the funds block.
     *
     * @param label          年度资金总额, or 其中：本年财政拨款 / 上年结转资金 / 其他资金
     * @param initialBudget  年初预算数
     * @param fullYearBudget 全年预算数
     * @param executed       全年执行数; {@code null} on a source row when spending is not recorded by source
     * @param weight         分值, only on the total row (else {@code null}, printed —)
     * @param ratePercent    执行率 in percent, only where it can be computed
     * @param score          得分, only on the total row
     */
    public record FundsRow(String label, Yuan initialBudget, Yuan fullYearBudget, Yuan executed, BigDecimal weight,
                           BigDecimal ratePercent, BigDecimal score) {
    }

    /**
     * @param expected the 总目标 and 年度目标 as declared
     * @param achieved 实际完成情况, as the street wrote it; {@code null} while 未填写
     */
    public record GoalsRow(String expected, String achieved) {
    }

    /**
     * One 三级指标 row.
     *
     * @param category      一级指标, e.g. 产出指标
     * @param dimension     二级指标, e.g. 数量指标
     * @param name          三级指标
     * @param target        年度指标值 as written
     * @param actual        实际完成值 as reported ({@code null} while not reported)
     * @param weight        分值
     * @param score         得分 (the self-score)
     * @param reviewScore   复核分 when the district set one
     * @param deviationNote 偏差原因分析及改进措施
     */
    public record IndicatorRow(String category, String dimension, String name, String target, String actual,
                               BigDecimal weight, BigDecimal score, BigDecimal reviewScore, String deviationNote)
            implements IndicatorGrouping {
    }
}
