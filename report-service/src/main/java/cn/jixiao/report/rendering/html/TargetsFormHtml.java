package cn.jixiao.report.rendering.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.IndicatorBlocks;
import cn.jixiao.report.rendering.html.Xhtml.Element;

import static cn.jixiao.report.rendering.html.SelfEvaluationFormHtml.cell;
import static cn.jixiao.report.rendering.html.SelfEvaluationFormHtml.filledOrMarked;
import static cn.jixiao.report.rendering.html.SelfEvaluationFormHtml.projectRows;
import static cn.jixiao.report.rendering.html.SelfEvaluationFormHtml.table;

/**
 * The 绩效目标表 as one XHTML page on the 自评表's page and with its cells: the browser's view and the source of the
 * PDF. The project and funds table, flush under it the 绩效指标 table (一级 and 二级 merged, the header repeated on
 * every page, a page break only between {@link IndicatorBlocks}), the approval line, then the 目标调整. Targets not
 * approved carry 未批复 as a watermark on every page, in a banner and under the title.
 */
public final class TargetsFormHtml {

    /** label | source | 年初预算数 | 全年预算数, in percent; the name and units rows span these. */
    private static final List<Double> HEAD_GRID = List.of(20.0, 30.0, 25.0, 25.0);
    /** 一级 | 二级 | 三级 | 指标值 | 分值. */
    private static final List<Double> INDICATOR_GRID = List.of(14.0, 15.0, 43.0, 19.0, 9.0);
    /** label | value | label | value. */
    private static final List<Double> APPROVAL_GRID = List.of(20.0, 30.0, 20.0, 30.0);
    /** 批复日期 | 调整原因 | 申请人 | 批复人 | 目标版本 | 意见. */
    private static final List<Double> ADJUSTMENT_GRID = List.of(17.0, 29.0, 13.0, 13.0, 14.0, 14.0);

    private TargetsFormHtml() {
    }

    public static String render(TargetsForm form) {
        String title = form.projectName() + TargetsForm.TITLE + (form.approved() ? "" : "（" + TargetsForm.NOT_APPROVED + "）");
        HtmlPage page = HtmlPage.start(title, "report targets", Stylesheets.DOCUMENT, Stylesheets.REPORT);
        // the marks inside the form's own page: anything before it would be set on a page of the report's kind
        Element sheet = page.body().child("div").cssClass("targets-form");
        if (!form.approved()) {
            sheet.child("div").cssClass("watermark").text(TargetsForm.NOT_APPROVED);
            sheet.child("div").cssClass("draft-banner").text(TargetsForm.NOT_APPROVED + " — 以区级批复为准，仅供预览");
        }
        sheet.child("p").cssClass("form-title").text(TargetsForm.TITLE);
        sheet.child("p").cssClass("form-year").text("（" + form.year() + "年度）");
        if (form.stage() != null) {
            sheet.child("p").cssClass("form-stage").text(form.stage());
        }
        sheet.child("p").cssClass("form-unit").text("单位：万元");
        head(table(sheet, "form", HEAD_GRID).child("tbody"), form);
        indicators(table(sheet, "form indicators", INDICATOR_GRID), form.indicators());
        approval(table(sheet, "form joined", APPROVAL_GRID).child("tbody"), form.approval());
        if (!form.adjustments().isEmpty()) {
            sheet.child("p").cssClass("form-section").text("目标调整");
            adjustments(table(sheet, "form", ADJUSTMENT_GRID), form.adjustments());
        }
        return page.write();
    }

    private static void head(Element rows, TargetsForm form) {
        projectRows(rows, form.projectName(), form.competentDepartment(), form.implementingUnit(), 1, 1);
        Element header = rows.child("tr");
        cell(header, "th", "项目资金（万元）", 1, Math.max(form.funds().size(), 1) + 1);
        cell(header, "th", "", 1, 1);
        cell(header, "th", "年初预算数", 1, 1);
        cell(header, "th", "全年预算数", 1, 1);
        if (form.funds().isEmpty()) {
            Element row = rows.child("tr");
            cell(row, "td", "年度资金总额", 1, 1).cssClass("text");
            filledOrMarked(cell(row, "td", null, 1, 1), null);
            filledOrMarked(cell(row, "td", null, 1, 1), null);
        }
        for (TargetsForm.FundsLine line : form.funds()) {
            Element row = rows.child("tr");
            cell(row, "td", line.label(), 1, 1).cssClass("text");
            cell(row, "td", Figures.wan(line.initialBudget()), 1, 1);
            cell(row, "td", Figures.wan(line.fullYearBudget()), 1, 1);
        }
        Element goals = rows.child("tr");
        cell(goals, "th", "年度总体目标", 1, 1);
        filledOrMarked(cell(goals, "td", null, 3, 1).cssClass("text goals"), form.goals());
    }

    private static void indicators(Element table, List<IndicatorRow> indicators) {
        Element header = table.child("thead").child("tr");
        for (String heading : List.of("一级指标", "二级指标", "三级指标", "指标值（年度指标值）", "分值")) {
            cell(header, "th", heading, 1, 1);
        }
        if (indicators.isEmpty()) {
            filledOrMarked(cell(table.child("tbody").child("tr"), "td", null, 5, 1), null);
        }
        IndicatorBodies.write(table, indicators, IndicatorBodies.NO_LABEL, (row, indicator) -> {
            cell(row, "td", indicator.name(), 1, 1).cssClass("text");
            filledOrMarked(cell(row, "td", null, 1, 1), indicator.target());
            cell(row, "td", Figures.weight(indicator.weight()), 1, 1);
        });
        Element total = table.child("tbody").child("tr");
        cell(total, "th", "合计", 4, 1);
        cell(total, "td", Figures.weight(indicators.stream().map(IndicatorRow::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), 1, 1);
    }

    private static void approval(Element rows, TargetsForm.Approval approval) {
        Element status = rows.child("tr");
        cell(status, "th", "审核状态", 1, 1);
        cell(status, "td", approval.status(), 3, 1).cssClass("text");
        Element who = rows.child("tr");
        cell(who, "th", "批复人", 1, 1);
        cell(who, "td", orNone(approval.approvedBy()), 1, 1);
        cell(who, "th", "批复日期", 1, 1);
        cell(who, "td", orNone(approval.date()), 1, 1);
        Element comment = rows.child("tr");
        cell(comment, "th", "意见", 1, 1);
        cell(comment, "td", orNone(approval.comment()), 3, 1).cssClass("text");
    }

    private static void adjustments(Element table, List<TargetsForm.Adjustment> adjustments) {
        Element header = table.child("thead").child("tr");
        for (String heading : List.of("批复日期", "调整原因", "申请人", "批复人", "目标版本", "意见")) {
            cell(header, "th", heading, 1, 1);
        }
        Element rows = table.child("tbody");
        for (TargetsForm.Adjustment adjustment : adjustments) {
            Element row = rows.child("tr");
            cell(row, "td", adjustment.date(), 1, 1);
            cell(row, "td", orNone(adjustment.reason()), 1, 1).cssClass("text");
            cell(row, "td", orNone(adjustment.requestedBy()), 1, 1);
            cell(row, "td", orNone(adjustment.approvedBy()), 1, 1);
            cell(row, "td", "第" + adjustment.revisionBefore() + "版→第" + adjustment.revision() + "版", 1, 1);
            cell(row, "td", orNone(adjustment.comment()), 1, 1).cssClass("text");
        }
    }

    private static String orNone(String text) {
        return text == null ? Figures.NONE : text;
    }
}
