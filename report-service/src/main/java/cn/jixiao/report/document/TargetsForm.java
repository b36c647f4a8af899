package cn.jixiao.report.document;

import java.util.List;
import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;

/**
 * The project's 绩效目标表 as the Ministry of Finance's 项目支出绩效目标申报表 lays it out: the project and its units,
 * the funds block, 年度总体目标, the 绩效指标 table (一级, 二级, 三级, 指标值, 分值), then the district's approval line
 * and, where the approved targets were changed, the 目标调整 approved since. Free of any format, like
 * {@link ReportDocument}: every format renders this one record, so they never disagree.
 *
 * @param approved    whether these are approved targets (批复 or 目标调整). When not, they are the submitted or the
 *                    latest defined targets and every format marks them 未批复
 * @param stage       the title's note on what the table is, e.g. 送审稿（未批复）; {@code null} for approved targets
 * @param funds       the 年度资金总额 row first, then one row per source; empty while no budget is known
 * @param goals       年度总体目标: the 总目标 and the numbered 年度目标, one per line; {@code null} while not written
 * @param indicators  the 三级指标 rows in the form's order (by 一级, then 二级); only name, target and weight are set
 * @param approval    the approval line
 * @param adjustments the approved 目标调整, oldest first; empty when there was none
 */
public record TargetsForm(int year, String projectName, String competentDepartment, String implementingUnit,
                          boolean approved, String stage, List<FundsLine> funds, String goals,
                          List<IndicatorRow> indicators, Approval approval, List<Adjustment> adjustments) {

    public static final String TITLE = "项目支出绩效目标表";
    /** The mark of targets the district has not approved, on every page and in the title. */
    public static final String NOT_APPROVED = "未批复";

    public TargetsForm {
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(approval, "approval");
        adjustments = List.copyOf(adjustments);
    }

    /**
     * One row of the funds block.
     *
     * @param label          年度资金总额, or 其中：本年财政拨款 / 上年结转资金 / 其他资金
     * @param initialBudget  年初预算数
     * @param fullYearBudget 全年预算数, the budget in force
     */
    public record FundsLine(String label, Yuan initialBudget, Yuan fullYearBudget) {
    }

    /**
     * 审核状态, 批复人, 批复日期, 意见.
     *
     * @param status     e.g. 已批复, 已批复（经目标调整）, 已送审，待批复
     * @param approvedBy who approved (the last adjustment's approver when adjusted); {@code null} before approval
     * @param date       批复日期 as printed, e.g. 2023年3月1日; {@code null} before approval
     * @param comment    the district's remark (on a returned submission: why it was returned); {@code null} if none
     */
    public record Approval(String status, String approvedBy, String date, String comment) {
    }

    /**
     * An approved 目标调整.
     *
     * @param date           批复日期 as printed
     * @param revisionBefore the targets' revision before it
     * @param revision       the targets' revision it put in force
     * @param comment        the district's remark; {@code null} if none
     */
    public record Adjustment(String date, String reason, String requestedBy, String approvedBy, long revisionBefore,
                             long revision, String comment) {
    }
}
