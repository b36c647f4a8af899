package cn.jixiao.report.rendering.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.jixiao.report.document.Block.Chart;
import cn.jixiao.report.rendering.font.BundledFont;

/**
 * Draws a report's grouped bar chart (score by part against its weight, budget against executed) as a PNG, with
 * its Chinese labels in the bundled font, so the PDF, the HTML preview and the Word document all show the same
 * picture. Each bar is labelled with its exact value as the document states it (e.g. 48.00), never a rounded
 * double.
 */
public final class BarChartPng {

    /** The picture's size in CSS pixels (96 per inch): 160 mm by 80 mm, the width of an A4 type area. */
    public static final int WIDTH = 605;
    public static final int HEIGHT = 302;

    /** Drawn at twice the CSS size so the bars and labels stay sharp in print (about 200 dpi). */
    private static final int SCALE = 2;

    /** Sober print colours: the first series dark blue, then a muted red and grey, as official charts use. */
    private static final List<Color> SERIES_COLOURS = List.of(new Color(0x1F, 0x4E, 0x79), new Color(0xC0, 0x50, 0x4D),
            new Color(0x7F, 0x7F, 0x7F), new Color(0x9B, 0xBB, 0x59));

    static {
        // A server has no display: without headless mode AWT would try to reach one and fail.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private BarChartPng() {
    }

    public static byte[] render(Chart chart) {
        JFreeChart drawn = barChart(chart);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(SCALE, SCALE);
            drawn.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static JFreeChart barChart(Chart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Chart.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                dataset.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(chart.unit()),
                new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart drawn = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
        theme().apply(drawn);
        style(plot, chart.series().size());
        LegendTitle legend = drawn.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
        }
        return drawn;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("中文报告");
        theme.setExtraLargeFont(BundledFont.awt(Font.BOLD, 15f));
        theme.setLargeFont(BundledFont.awt(Font.PLAIN, 12f));
        theme.setRegularFont(BundledFont.awt(Font.PLAIN, 11f));
        theme.setSmallFont(BundledFont.awt(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static void style(CategoryPlot plot, int seriesCount) {
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getRangeAxis().setUpperMargin(0.15);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.12);
        for (int i = 0; i < seriesCount; i++) {
            Paint colour = SERIES_COLOURS.get(i % SERIES_COLOURS.size());
            bars.setSeriesPaint(i, colour);
        }
        bars.setDefaultItemLabelGenerator(new ExactValueLabels());
        bars.setDefaultItemLabelFont(BundledFont.awt(Font.PLAIN, 10f));
        bars.setDefaultItemLabelsVisible(true);
    }

    /** Labels each bar with the value exactly as the document gives it (a {@link BigDecimal}, e.g. 200.00). */
    private static final class ExactValueLabels implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value instanceof BigDecimal exact ? exact.toPlainString() : String.valueOf(value);
        }
    }
}
