package cn.jixiao.report.rendering.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.Block.Chart;
import cn.jixiao.report.document.Block.Heading;
import cn.jixiao.report.document.Block.Paragraph;
import cn.jixiao.report.document.Block.Table;
import cn.jixiao.report.document.Block.Unfilled;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.rendering.ColumnWidths;
import cn.jixiao.report.rendering.chart.BarChartPng;
import cn.jixiao.report.rendering.html.Xhtml.Element;

/**
 * Lays a {@link ReportDocument} out as one XHTML page in Chinese official-document style: the browser preview,
 * and the source the PDF is printed from, so both always show the same. The appendix 自评表 starts a new page.
 */
public final class ReportHtml {

    public static final String DRAFT_MARK = "草稿";

    /** The text width of the report's pages, 156 mm, in hundredths of a point. */
    private static final int TEXT_WIDTH = 44220;

    private ReportHtml() {
    }

    public static String render(ReportDocument document) {
        HtmlPage page = document.draft()
                ? HtmlPage.start(title(document), "report draft", Stylesheets.DOCUMENT, Stylesheets.REPORT, Stylesheets.DRAFT)
                : HtmlPage.start(title(document), "report", Stylesheets.DOCUMENT, Stylesheets.REPORT);
        Element body = page.body();
        if (document.draft()) {
            body.child("div").cssClass("watermark").text(DRAFT_MARK);
            body.child("div").cssClass("draft-banner").text(DRAFT_MARK + " — 尚未定稿，仅供预览");
        }
        Element title = body.child("h1").cssClass("title");
        title.child("div").text(document.projectName());
        title.child("div").text(document.documentName());
        for (Block block : document.body()) {
            add(body, block);
        }
        if (document.issuer() != null) {
            body.child("p").cssClass("issuer").text(document.issuer());
        }
        body.add(SelfEvaluationFormHtml.appendix(document.form()));
        return page.write();
    }

    private static String title(ReportDocument document) {
        return document.projectName() + document.documentName() + (document.draft() ? "（" + DRAFT_MARK + "）" : "");
    }

    private static void add(Element body, Block block) {
        if (block instanceof Heading heading) {
            body.child("h" + (heading.level() + 1)).text(heading.printed());
        } else if (block instanceof Paragraph paragraph) {
            body.child("p").text(paragraph.text());
        } else if (block instanceof Unfilled unfilled) {
            Element paragraph = body.child("p").cssClass("unfilled");
            paragraph.add(unfilledMark());
            paragraph.text(" " + unfilled.part());
        } else if (block instanceof Table table) {
            addTable(body, table);
        } else if (block instanceof Chart chart) {
            body.child("div").cssClass("figure").child("img")
                    .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(BarChartPng.render(chart)))
                    .attr("alt", chart.title());
        } else {
            throw new IllegalArgumentException("No layout for " + block.getClass().getSimpleName());
        }
    }

    /** 「未填写」 in a red box, so a draft shows at a glance what the street still has to write. */
    static Element unfilledMark() {
        return Xhtml.element("span").cssClass("unfilled-mark").text(Unfilled.MARK);
    }

    /**
     * The columns' widths in hundredths of a point, by the rule Word's tables follow too, measured in report.css's
     * terms: the 156 mm text width, 10.5 pt table text (a half-width 5.25 pt) and 4 pt of padding each side.
     */
    private static int[] columnWidths(Table table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        return ColumnWidths.fitting(TEXT_WIDTH, rows, 525, 900);
    }

    private static void addTable(Element body, Table table) {
        if (table.caption() != null && !table.caption().isBlank()) {
            body.child("p").cssClass("table-caption").text(table.caption());
        }
        Element element = body.child("table").cssClass("data");
        Element columns = element.child("colgroup");
        for (int width : columnWidths(table)) {
            columns.child("col").attr("style", "width: " + BigDecimal.valueOf(width * 100L)
                    .divide(BigDecimal.valueOf(TEXT_WIDTH), 2, RoundingMode.HALF_UP).toPlainString() + "%");
        }
        Element header = element.child("thead").child("tr");
        table.header().forEach(cell -> header.child("th").text(cell));
        Element rows = element.child("tbody");
        for (var row : table.rows()) {
            Element line = rows.child("tr");
            row.forEach(cell -> line.child("td").text(cell));
        }
    }
}
