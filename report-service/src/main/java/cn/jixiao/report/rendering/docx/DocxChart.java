package cn.jixiao.report.rendering.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.rendering.chart.BarChartPng;

/**
 * Places a {@link Block.Chart} in the DOCX: the same PNG the HTML and PDF show (drawn with the bundled CJK face,
 * so it looks alike in Word, WPS and LibreOffice whatever fonts they have), then the chart's data as a table, so a
 * reader can quote the exact figures and a screen reader has them.
 */
final class DocxChart {

    /** 160 mm by 80 mm, the width of the type area, as in the PDF. */
    private static final int WIDTH_EMU = Units.toEMU(160 * 72 / 25.4);
    private static final int HEIGHT_EMU = Units.toEMU(80 * 72 / 25.4);

    private DocxChart() {
    }

    static void write(XWPFDocument document, Block.Chart chart) {
        // single (automatic) spacing: the body's exact line height would crop the picture to one line
        XWPFParagraph picture = document.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        try {
            XWPFRun run = picture.createRun();
            // even a picture's run names the faces and language, as every run of the document does
            RunStyle.of(Face.FANGSONG, Size.SAN_HAO).apply(run);
            run.addPicture(new ByteArrayInputStream(BarChartPng.render(chart)), PictureType.PNG,
                    chart.title() + ".png", WIDTH_EMU, HEIGHT_EMU);
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("Could not embed the chart " + chart.title(), e));
        }
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
