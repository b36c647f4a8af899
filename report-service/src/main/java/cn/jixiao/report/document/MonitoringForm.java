package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;

/**
 * A project's 项目支出绩效运行监控表 of one monitoring round (双监控) as the street submitted it: the header (截至日期,
 * the project, its units), the 资金执行 block (spending against the budget and the planned curve), the 绩效指标 table
 * grouped by 一级 and 二级 with each indicator's progress, then the district's 审核意见. Every deviation is printed as
 * 红灯/黄灯/绿灯 in words, never as a colour alone. Free of any format, like {@link TargetsForm}: the DOCX and the
 * XLSX render this one record, so they never disagree.
 *
 * @param year       the budget year, for the title
 * @param roundName  as the district named the round, e.g. 2023年年中绩效监控; {@code null} while the round's opening
 *                   was not heard of here
 * @param asOf       截至日期 as printed, e.g. 2023年6月30日
 * @param spending   the 资金执行 line
 * @param indicators the indicator lines in the form's order (by 一级, then 二级, then as the project lists them)
 * @param review     审核意见
 */
public record MonitoringForm(int year, String roundName, String asOf, String projectName, String projectCode,
                             String competentDepartment, String implementingUnit, Spending spending,
                             List<IndicatorRow> indicators, Review review) {

    public static final String TITLE = "项目支出绩效运行监控表";

    public MonitoringForm {
        Objects.requireNonNull(spending, "spending");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(review, "review");
    }

    /** 2023年项目支出绩效运行监控表. */
    public String title() {
        return year + "年" + TITLE;
    }

    /**
     * 资金执行: amounts exact (printed in 万元), rates in percent with two decimals.
     *
     * @param fullYearBudget 全年预算数; {@code null} while none above 0 was entered
     * @param executed       执行数 to the round's date
     * @param executionRate  执行率, {@code null} without a budget
     * @param plannedPercent the plan's share by then, {@code null} without a budget
     * @param planLabel      序时进度 for the linear plan (month ÷ 12), 计划执行率 for the budget's own monthly plan
     * @param deviation      红灯, 黄灯 or 绿灯; {@code null} (printed —) without a budget
     * @param cause          偏差原因, {@code null} when none was needed or written
     * @param measure        纠偏措施, likewise
     */
    public record Spending(Yuan fullYearBudget, Yuan executed, BigDecimal executionRate, BigDecimal plannedPercent,
                           String planLabel, String deviation, String cause, String measure) {
    }

    /**
     * One 三级指标's progress.
     *
     * @param category  一级指标; 其他指标 for a line whose indicator is not in the project's tree known here
     * @param dimension 二级指标
     * @param target    年度指标值
     * @param progress  当前完成值
     * @param expected  全年预计完成值; {@code null} when left blank
     * @param deviation 红灯, 黄灯 or 绿灯
     */
    public record IndicatorRow(String category, String dimension, String name, String target, String progress,
                               String expected, String deviation, String cause, String measure)
            implements IndicatorGrouping {
    }

    /**
     * @param status     待审核, 已通过 or 已退回
     * @param reviewedBy the district's reviewer, {@code null} while 待审核
     * @param date       审核日期 as printed, {@code null} while 待审核
     * @param comment    审核意见, {@code null} if none
     */
    public record Review(String status, String reviewedBy, String date, String comment) {
    }
}
