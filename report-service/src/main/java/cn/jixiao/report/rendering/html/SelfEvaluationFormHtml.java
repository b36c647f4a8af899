package cn.jixiao.report.rendering.html;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.SelfEvaluationForm.FundsRow;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.IndicatorBlocks;
import cn.jixiao.report.rendering.html.Xhtml.Element;

/**
 * The appendix 项目支出绩效自评表 laid out as the national form on a ten-column grid: the header (项目名称, 主管部门,
 * 实施单位), the funds block and 年度总体目标, then the indicator table, whose 一级 and 二级 cells are merged over their
 * group, then 总分 and 等级. Up to {@link IndicatorBlocks#MOST_ROWS_KEPT_TOGETHER} indicators it fits one A4 page; a
 * longer form goes on with its indicator header repeated and no merged cell cut by the page break.
 */
final class SelfEvaluationFormHtml {

    /**
     * Column widths in percent of the header and funds part: section label, three for the source's name, then
     * 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (the name and goals rows span these).
     */
    private static final List<Double> FUNDS_GRID = List.of(6.0, 8.0, 9.0, 18.0, 11.0, 11.0, 9.0, 9.0, 9.0, 10.0);
    /**
     * Column widths in percent of the indicator part: 绩效指标 (as wide as the section labels above), 一级 wide
     * enough for 「产出指标」 on one line, 二级 for five characters a line, then 三级, 年度指标值, 实际完成值, 分值, 得分
     * and 偏差原因分析及改进措施. The 三级 name and the deviation note get the room, so most lines take one line.
     */
    private static final List<Double> INDICATOR_GRID = List.of(6.0, 10.5, 10.0, 26.5, 8.5, 8.5, 5.5, 6.5, 18.0);

    private SelfEvaluationFormHtml() {
    }

    static Element appendix(SelfEvaluationForm form) {
        Element appendix = Xhtml.element("div").cssClass("appendix");
        appendix.child("p").cssClass("appendix-label").text("附件");
        appendix.child("p").cssClass("form-title").text("项目支出绩效自评表");
        appendix.child("p").cssClass("form-year").text("（" + form.year() + "年度）");
        appendix.child("p").cssClass("form-unit").text("单位：万元");
        Element rows = table(appendix, "form", FUNDS_GRID).child("tbody");
        header(rows, form);
        funds(rows, form.funds());
        goals(rows, form.goals());
        Element indicators = table(appendix, "form indicators", INDICATOR_GRID);
        indicators(indicators, form.indicators());
        totals(indicators.child("tbody").cssClass("totals"), form);
        for (String note : Arrays.asList(form.fundsNote(), form.targetsNote())) {
            if (note != null) {
                appendix.child("p").cssClass("form-note").text("注：" + note + "。");
            }
        }
        return appendix;
    }

    /**
     * One of the form's two tables, printed flush as one. The indicator part is a table of its own because only
     * a table's first rows can repeat on the next page, and the rows to repeat are the indicator header, not the
     * project's name and funds; it also lets each part divide the width as its contents need.
     */
    static Element table(Element appendix, String cssClass, List<Double> grid) {
        Element table = appendix.child("table").cssClass(cssClass);
        Element columns = table.child("colgroup");
        grid.forEach(width -> columns.child("col").attr("style", "width: " + width + "%"));
        return table;
    }

    private static void header(Element rows, SelfEvaluationForm form) {
        projectRows(rows, form.projectName(), form.competentDepartment(), form.implementingUnit(), 2, 3);
    }

    /**
     * 项目名称 over the whole width, then 主管部门 and 实施单位 side by side: the head of every form. Each label spans
     * {@code labelColumns} of the table's grid and each unit {@code valueColumns}; the name spans the rest.
     */
    static void projectRows(Element rows, String projectName, String department, String unit, int labelColumns,
                            int valueColumns) {
        Element name = rows.child("tr");
        cell(name, "th", "项目名称", labelColumns, 1);
        cell(name, "td", projectName, labelColumns + 2 * valueColumns, 1).cssClass("text");
        Element units = rows.child("tr");
        cell(units, "th", "主管部门", labelColumns, 1);
        cell(units, "td", department, valueColumns, 1).cssClass("text");
        cell(units, "th", "实施单位", labelColumns, 1);
        cell(units, "td", unit, valueColumns, 1).cssClass("text");
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

    /**
     * The indicator header in the table's head, which the PDF repeats at the top of every page the table runs
     * onto, then one body per {@link IndicatorBlocks.Block}, which a page break never cuts: its 一级 cell and its
     * 二级 cells are merged over their rows only inside it. The 绩效指标 label heads the first column; the column's
     * cells below it carry no lines across, so it reads as one cell on each page.
     */
    private static void indicators(Element table, List<IndicatorRow> indicators) {
        Element header = table.child("thead").child("tr");
        cell(header, "th", "绩效指标", 1, 1).cssClass("label");
        for (String heading : List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) {
            cell(header, "th", heading, 1, 1);
        }
        cell(header, "th", "偏差原因分析及改进措施", 1, 1);
        // the 绩效指标 label's column: one cell over each block, before its 一级 cell
        IndicatorBodies.write(table, indicators, (row, block) -> cell(row, "td", null, 1, block.rows())
                .cssClass("label"), SelfEvaluationFormHtml::indicator);
    }

    private static void indicator(Element row, IndicatorRow indicator) {
        cell(row, "td", indicator.name(), 1, 1).cssClass("text");
        cell(row, "td", indicator.target(), 1, 1);
        filledOrMarked(cell(row, "td", null, 1, 1), indicator.actual());
        cell(row, "td", Figures.weight(indicator.weight()), 1, 1);
        Element score = cell(row, "td", Figures.score(indicator.score()), 1, 1);
        if (indicator.reviewScore() != null) {
            score.child("br");
            score.text("复核 " + Figures.score(indicator.reviewScore()));
        }
        cell(row, "td", indicator.deviationNote() == null ? "" : indicator.deviationNote(), 1, 1).cssClass("text");
    }

    private static void totals(Element rows, SelfEvaluationForm form) {
        Element total = rows.child("tr");
        cell(total, "th", "总分", 6, 1);
        cell(total, "td", Figures.weight(totalWeight(form)), 1, 1);
        cell(total, "td", Figures.score(form.total()), 1, 1);
        cell(total, "td", "", 1, 1);
        if (form.reviewTotal() != null) {
            Element review = rows.child("tr");
            cell(review, "th", "复核总分", 6, 1);
            cell(review, "td", "", 1, 1);
            cell(review, "td", Figures.score(form.reviewTotal()), 1, 1);
            cell(review, "td", "", 1, 1);
        }
        Element grade = rows.child("tr");
        cell(grade, "th", "等级", 6, 1);
        cell(grade, "td", form.gradeLabel() == null ? Figures.NONE : form.gradeLabel(), 3, 1);
    }

    /** The 分值 of the whole form: the funds block's weight plus every indicator's, 100 on a complete template. */
    static BigDecimal totalWeight(SelfEvaluationForm form) {
        BigDecimal total = form.funds().stream().map(FundsRow::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return form.indicators().stream().map(IndicatorRow::weight).filter(Objects::nonNull)
                .reduce(total, BigDecimal::add);
    }

    static void filledOrMarked(Element cell, String text) {
        if (text == null || text.isBlank()) {
            cell.add(ReportHtml.unfilledMark());
        } else {
            cell.text(text);
        }
    }

    static Element cell(Element row, String kind, String text, int columns, int rows) {
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
