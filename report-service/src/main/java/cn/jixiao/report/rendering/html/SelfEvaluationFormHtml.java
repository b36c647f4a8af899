package cn.jixiao.report.rendering.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.SelfEvaluationForm.FundsRow;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.html.Xhtml.Element;

/**
 * The appendix 项目支出绩效自评表 laid out as the national form: one table on a ten-column grid holding the header
 * (项目名称, 主管部门, 实施单位), the funds block, 年度总体目标 and the indicator table, whose 一级 and 二级 cells are
 * merged over their group, then 总分 and 等级.
 */
final class SelfEvaluationFormHtml {

    /** Column widths of the grid in percent: section label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, and two for 偏差. */
    private static final List<Integer> GRID = List.of(6, 8, 9, 18, 11, 11, 9, 9, 9, 10);

    private SelfEvaluationFormHtml() {
    }

    static Element appendix(SelfEvaluationForm form) {
        Element appendix = Xhtml.element("div").cssClass("appendix");
        appendix.child("p").cssClass("appendix-label").text("附件");
        appendix.child("p").cssClass("form-title").text("项目支出绩效自评表");
        appendix.child("p").cssClass("form-year").text("（" + form.year() + "年度）");
        appendix.child("p").cssClass("form-unit").text("单位：万元");
        Element table = appendix.child("table").cssClass("form");
        Element columns = table.child("colgroup");
        GRID.forEach(width -> columns.child("col").attr("style", "width: " + width + "%"));
        Element rows = table.child("tbody");
        header(rows, form);
        funds(rows, form.funds());
        goals(rows, form.goals());
        indicators(rows, form.indicators());
        totals(rows, form);
        if (form.fundsNote() != null) {
            appendix.child("p").cssClass("form-note").text("注：" + form.fundsNote() + "。");
        }
        return appendix;
    }

    private static void header(Element rows, SelfEvaluationForm form) {
        Element name = rows.child("tr");
        cell(name, "th", "项目名称", 2, 1);
        cell(name, "td", form.projectName(), 8, 1).cssClass("text");
        Element units = rows.child("tr");
        cell(units, "th", "主管部门", 2, 1);
        cell(units, "td", form.competentDepartment(), 3, 1).cssClass("text");
        cell(units, "th", "实施单位", 2, 1);
        cell(units, "td", form.implementingUnit(), 3, 1).cssClass("text");
    }

    private static void funds(Element rows, List<FundsRow> funds) {
        Element header = rows.child("tr");
        cell(header, "th", "项目资金（万元）", 1, funds.size() + 1);
        cell(header, "th", "", 3, 1);
        for (String heading : List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")) {
            cell(header, "th", heading, 1, 1);
        }
        for (FundsRow fund : funds) {
            Element row = rows.child("tr");
            cell(row, "td", fund.label(), 3, 1).cssClass("text");
            cell(row, "td", Figures.wan(fund.initialBudget()), 1, 1);
            cell(row, "td", Figures.wan(fund.fullYearBudget()), 1, 1);
            cell(row, "td", Figures.wan(fund.executed()), 1, 1);
            cell(row, "td", Figures.weight(fund.weight()), 1, 1);
            cell(row, "td", Figures.percent(fund.ratePercent()), 1, 1);
            cell(row, "td", Figures.score(fund.score()), 1, 1);
        }
    }

    private static void goals(Element rows, SelfEvaluationForm.GoalsRow goals) {
        Element header = rows.child("tr");
        cell(header, "th", "年度总体目标", 1, 2);
        cell(header, "th", "预期目标", 5, 1);
        cell(header, "th", "实际完成情况", 4, 1);
        Element row = rows.child("tr");
        cell(row, "td", goals.expected(), 5, 1).cssClass("text");
        filledOrMarked(cell(row, "td", null, 4, 1).cssClass("text"), goals.achieved());
    }

    private static void indicators(Element rows, List<IndicatorRow> indicators) {
        Element header = rows.child("tr");
        cell(header, "th", "绩效指标", 1, indicators.size() + 1);
        for (String heading : List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) {
            cell(header, "th", heading, 1, 1);
        }
        cell(header, "th", "偏差原因分析及改进措施", 2, 1);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow indicator = indicators.get(i);
            Element row = rows.child("tr");
            if (i == 0 || !indicators.get(i - 1).category().equals(indicator.category())) {
                cell(row, "td", indicator.category(), 1, groupLength(indicators, i, false));
            }
            if (i == 0 || !sameGroup(indicators.get(i - 1), indicator)) {
                cell(row, "td", indicator.dimension(), 1, groupLength(indicators, i, true));
            }
            cell(row, "td", indicator.name(), 1, 1).cssClass("text");
            cell(row, "td", indicator.target(), 1, 1);
            filledOrMarked(cell(row, "td", null, 1, 1), indicator.actual());
            cell(row, "td", Figures.weight(indicator.weight()), 1, 1);
            Element score = cell(row, "td", Figures.score(indicator.score()), 1, 1);
            if (indicator.reviewScore() != null) {
                score.child("br");
                score.text("复核 " + Figures.score(indicator.reviewScore()));
            }
            cell(row, "td", indicator.deviationNote() == null ? "" : indicator.deviationNote(), 2, 1).cssClass("text");
        }
    }

    private static void totals(Element rows, SelfEvaluationForm form) {
        Element total = rows.child("tr");
        cell(total, "th", "总分", 6, 1);
        cell(total, "td", Figures.weight(totalWeight(form)), 1, 1);
        cell(total, "td", Figures.score(form.total()), 1, 1);
        cell(total, "td", "", 2, 1);
        if (form.reviewTotal() != null) {
            Element review = rows.child("tr");
            cell(review, "th", "复核总分", 6, 1);
            cell(review, "td", "", 1, 1);
            cell(review, "td", Figures.score(form.reviewTotal()), 1, 1);
            cell(review, "td", "", 2, 1);
        }
        Element grade = rows.child("tr");
        cell(grade, "th", "等级", 6, 1);
        cell(grade, "td", form.gradeLabel() == null ? Figures.NONE : form.gradeLabel(), 4, 1);
    }

    /** The 分值 of the whole form: the funds block's weight plus every indicator's, 100 on a complete template. */
    static BigDecimal totalWeight(SelfEvaluationForm form) {
        BigDecimal total = form.funds().stream().map(FundsRow::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return form.indicators().stream().map(IndicatorRow::weight).filter(Objects::nonNull)
                .reduce(total, BigDecimal::add);
    }

    /** How many rows from {@code start} share its 一级 (or, with {@code dimension}, its 一级 and 二级) group. */
    private static int groupLength(List<IndicatorRow> indicators, int start, boolean dimension) {
        int end = start + 1;
        while (end < indicators.size() && (dimension ? sameGroup(indicators.get(start), indicators.get(end))
                : indicators.get(start).category().equals(indicators.get(end).category()))) {
            end++;
        }
        return end - start;
    }

    private static boolean sameGroup(IndicatorRow one, IndicatorRow other) {
        return one.category().equals(other.category()) && one.dimension().equals(other.dimension());
    }

    private static void filledOrMarked(Element cell, String text) {
        if (text == null || text.isBlank()) {
            cell.add(ReportHtml.unfilledMark());
        } else {
            cell.text(text);
        }
    }

    private static Element cell(Element row, String kind, String text, int columns, int rows) {
        Element cell = row.child(kind);
        if (columns > 1) {
            cell.attr("colspan", Integer.toString(columns));
        }
        if (rows > 1) {
            cell.attr("rowspan", Integer.toString(rows));
        }
        if (text != null) {
            cell.text(text);
        }
        return cell;
    }
}
