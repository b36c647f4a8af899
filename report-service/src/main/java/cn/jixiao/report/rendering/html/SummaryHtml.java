package cn.jixiao.report.rendering.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.DistrictSummary.Row;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.html.Xhtml.Element;

/**
 * The district summary as one XHTML page: a title, the table of every project in 万元 whose header row repeats on
 * each printed page, the totals, and how many projects got each grade.
 */
public final class SummaryHtml {

    private static final List<String> HEADER = List.of("项目", "街道", "预算", "执行", "执行率", "得分", "等级", "状态");
    /** Column widths in percent, in the order of {@link #HEADER}. */
    private static final List<Integer> WIDTHS = List.of(30, 15, 11, 11, 9, 8, 7, 9);

    private SummaryHtml() {
    }

    public static String title(DistrictSummary summary) {
        return summary.districtName() + summary.year() + "年度项目支出绩效自评汇总表";
    }

    public static String render(DistrictSummary summary) {
        HtmlPage page = HtmlPage.start(title(summary), "summary", Stylesheets.DOCUMENT, Stylesheets.SUMMARY);
        Element body = page.body();
        body.child("div").cssClass("title").text(title(summary));
        body.child("div").cssClass("unit").text("单位：万元");
        projects(body, summary);
        body.child("h2").text("等级分布");
        grades(body, summary);
        return page.write();
    }

    private static void projects(Element body, DistrictSummary summary) {
        Element table = body.child("table").cssClass("projects");
        Element columns = table.child("colgroup");
        WIDTHS.forEach(width -> columns.child("col").attr("style", "width: " + width + "%"));
        Element header = table.child("thead").child("tr");
        HEADER.forEach(heading -> header.child("th").text(heading));
        Element rows = table.child("tbody");
        for (Row project : summary.rows()) {
            Element row = rows.child("tr");
            row.child("td").text(project.projectCode() == null ? project.projectName()
                    : project.projectCode() + " " + project.projectName());
            row.child("td").text(project.streetName());
            row.child("td").cssClass("number").text(Figures.wan(project.budget()));
            row.child("td").cssClass("number").text(Figures.wan(project.executed()));
            row.child("td").cssClass("number").text(Figures.percent(project.ratePercent()));
            row.child("td").cssClass("number").text(Figures.score(project.score()));
            row.child("td").cssClass("centred").text(project.gradeLabel() == null ? Figures.NONE : project.gradeLabel());
            row.child("td").cssClass("centred").text(project.status());
        }
        DistrictSummary.Totals totals = summary.totals();
        Element row = rows.child("tr").cssClass("totals");
        row.child("td").attr("colspan", "2").text("合计（" + totals.projects() + "个项目）");
        row.child("td").cssClass("number").text(Figures.wan(totals.budget()));
        row.child("td").cssClass("number").text(Figures.wan(totals.executed()));
        row.child("td").cssClass("number").text(Figures.percent(totals.ratePercent()));
        row.child("td").attr("colspan", "3");
    }

    private static void grades(Element body, DistrictSummary summary) {
        Element table = body.child("table").cssClass("grades");
        Element header = table.child("thead").child("tr");
        List.of("等级", "项目数", "占比").forEach(heading -> header.child("th").text(heading));
        Element rows = table.child("tbody");
        long all = summary.gradeDistribution().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> grade : summary.gradeDistribution().entrySet()) {
            Element row = rows.child("tr");
            row.child("td").cssClass("centred").text(grade.getKey());
            row.child("td").cssClass("number").text(Long.toString(grade.getValue()));
            row.child("td").cssClass("number").text(Figures.percent(share(grade.getValue(), all)));
        }
    }

    private static BigDecimal share(long count, long all) {
        return all == 0 ? null
                : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
    }
}
