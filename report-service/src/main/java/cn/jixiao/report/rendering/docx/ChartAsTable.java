package cn.jixiao.report.rendering.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import cn.jixiao.report.document.Block;

/**
 * Places a {@link Block.Chart} in the DOCX as its data: the title, then a table with one row per category and
 * one column per series. The HTML/PDF renderer draws the chart as a PNG with the bundled CJK font; once that
 * image is shared, this is the one place to change, to embed it ({@code XWPFRun.addPicture}) above the table.
 */
final class ChartAsTable {

    private ChartAsTable() {
    }

    static void write(XWPFDocument document, Block.Chart chart) {
        List<String> header = new ArrayList<>();
        header.add("项目");
        chart.series().forEach(series -> header.add(series.name() + "（" + chart.unit() + "）"));
        List<List<String>> rows = new ArrayList<>();
        for (int category = 0; category < chart.categories().size(); category++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(category));
            for (Block.Chart.Series series : chart.series()) {
                row.add(series.values().get(category).toPlainString());
            }
            rows.add(row);
        }
        BodyTables.write(document, chart.title(), header, rows);
    }
}
