package cn.jixiao.report.assembly;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a report that can be 未填写, named as the preview and the refusal of a final render list them.
 * The Chinese name is what {@code ReportDocument.missing} carries.
 */
public enum ReportPart {
    OVERVIEW("项目概况", "project overview"),
    OVERALL_GOAL("总目标", "overall goal"),
    ANNUAL_GOALS("年度目标", "annual goals"),
    PURPOSE("绩效评价目的", "purpose of the evaluation"),
    PLANNING("绩效评价工作方案制定过程", "how the work plan was drawn up"),
    PRINCIPLES_AND_METHODS("绩效评价原则、评价方法", "evaluation principles and methods"),
    IMPLEMENTATION("绩效评价实施过程", "how the evaluation was carried out"),
    SCORE("自评得分及评价结果", "self-evaluation score and grade"),
    MAIN_ACHIEVEMENTS("主要绩效", "main achievements"),
    PERFORMANCE_ANALYSIS("具体绩效分析", "analysis of the performance"),
    INDICATORS("绩效指标", "performance indicators"),
    ACTUALS("指标实际完成值", "actual values of the indicators"),
    BUDGET("项目预算", "project budget"),
    EXPENDITURE("全年执行数（支出明细）", "spending of the year (ledger)"),
    EXPERIENCE("主要经验及做法", "experience and practice"),
    PROBLEMS("存在的问题", "problems"),
    SUGGESTIONS("建议和改进措施", "suggestions and improvements"),
    EVIDENCE("佐证材料", "supporting evidence"),
    GOALS_ACHIEVED("年度总体目标实际完成情况", "what the year's goals achieved"),
    SECTION_CONTENT("章节内容", "section content");

    private final String zh;
    private final String en;

    ReportPart(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The part a name in {@code ReportDocument.missing} stands for, if it is one of these. */
    public static Optional<ReportPart> named(String zh) {
        return Arrays.stream(values()).filter(part -> part.zh.equals(zh)).findFirst();
    }
}
