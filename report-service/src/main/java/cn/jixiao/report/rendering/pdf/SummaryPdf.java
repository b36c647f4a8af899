package cn.jixiao.report.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.document.DistrictSummary.Row;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.font.BundledFont;

/**
 * Writes the district summary straight onto A4 pages with PDFBox: title, the table of every project in 万元 with
 * its header row repeated on each page, the totals, then the grade distribution, and 「第 X 页 共 Y 页」 below.
 * A district has thousands of projects: laid out through HTML the 6,000-row table took about 8 s of CPU and
 * 1.4 GB of heap, while a table of fixed columns needs no layout engine at all.
 */
final class SummaryPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 14 * MM;
    private static final float RIGHT = PAGE.getWidth() - 14 * MM;
    private static final float TOP = PAGE.getHeight() - 16 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float WIDTH = RIGHT - LEFT;

    private static final float TEXT = 8f;
    private static final float LEADING = 10.5f;
    private static final float PADDING = 2.5f;
    private static final float BORDER = 0.5f;

    private enum Align { LEFT, CENTRE, RIGHT }

    private record Column(String header, float share, Align align, Function<Row, String> value) {
    }

    private static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("项目", 0.30f, Align.LEFT,
                    row -> row.projectCode() == null ? row.projectName() : row.projectCode() + " " + row.projectName()),
            new Column("街道", 0.15f, Align.LEFT, Row::streetName),
            new Column("预算", 0.11f, Align.RIGHT, row -> Figures.wan(row.budget())),
            new Column("执行", 0.11f, Align.RIGHT, row -> Figures.wan(row.executed())),
            new Column("执行率", 0.09f, Align.RIGHT, row -> Figures.percent(row.ratePercent())),
            new Column("得分", 0.08f, Align.RIGHT, row -> Figures.score(row.score())),
            new Column("等级", 0.07f, Align.CENTRE, row -> row.gradeLabel() == null ? Figures.NONE : row.gradeLabel()),
            new Column("状态", 0.09f, Align.CENTRE, Row::status));

    private static final List<Float> GRADE_SHARES = List.of(0.2f, 0.15f, 0.15f);
    private static final List<Align> GRADE_ALIGNS = List.of(Align.CENTRE, Align.RIGHT, Align.RIGHT);

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private SummaryPdf(PDDocument document) throws IOException {
        this.document = document;
        this.font = PDType0Font.load(document, BundledFont.open(), true);
    }

    static byte[] render(DistrictSummary summary, String title) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setProducer("Jixiao");
            new SummaryPdf(document).write(summary, title);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(DistrictSummary summary, String title) throws IOException {
        newPage();
        line(title, 16f, Align.CENTRE, true);
        y -= 6f;
        line("单位：万元", 9f, Align.RIGHT, false);
        y -= 2f;
        List<String> header = PROJECT_COLUMNS.stream().map(Column::header).toList();
        List<Float> shares = PROJECT_COLUMNS.stream().map(Column::share).toList();
        List<Align> aligns = PROJECT_COLUMNS.stream().map(Column::align).toList();
        List<List<String>> headerRow = wrap(header, shares);
        tableRow(headerRow, shares, centred(header.size()), true);
        for (Row row : summary.rows()) {
            List<List<String>> cells = wrap(PROJECT_COLUMNS.stream().map(column -> column.value().apply(row)).toList(), shares);
            if (!fits(cells)) {
                newPage();
                tableRow(headerRow, shares, centred(header.size()), true);
            }
            tableRow(cells, shares, aligns, false);
        }
        DistrictSummary.Totals totals = summary.totals();
        List<String> sum = List.of("合计（" + totals.projects() + "个项目）", Figures.wan(totals.budget()),
                Figures.wan(totals.executed()), Figures.percent(totals.ratePercent()), "");
        List<Float> sumShares = List.of(0.45f, 0.11f, 0.11f, 0.09f, 0.24f);
        List<List<String>> sumRow = wrap(sum, sumShares);
        if (!fits(sumRow)) {
            newPage();
        }
        tableRow(sumRow, sumShares, List.of(Align.CENTRE, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT), true);
        grades(summary);
        page.close();
        numberPages();
    }

    private void grades(DistrictSummary summary) throws IOException {
        List<String> header = List.of("等级", "项目数", "占比");
        List<List<String>> headerRow = wrap(header, GRADE_SHARES);
        if (y - 14f - 2 * rowHeight(headerRow) < BOTTOM) {
            newPage();
        }
        y -= 12f;
        line("等级分布", 11f, Align.LEFT, true);
        y -= 2f;
        tableRow(headerRow, GRADE_SHARES, centred(3), true);
        long all = summary.gradeDistribution().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> grade : summary.gradeDistribution().entrySet()) {
            List<String> cells = List.of(grade.getKey(), Long.toString(grade.getValue()),
                    Figures.percent(all == 0 ? null : BigDecimal.valueOf(grade.getValue() * 100)
                            .divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP)));
            List<List<String>> row = wrap(cells, GRADE_SHARES);
            if (!fits(row)) {
                newPage();
                tableRow(headerRow, GRADE_SHARES, centred(3), true);
            }
            tableRow(row, GRADE_SHARES, GRADE_ALIGNS, false);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(BORDER);
        y = TOP;
    }

    /** 「第 X 页 共 Y 页」 under every page, once the number of pages is known. */
    private void numberPages() throws IOException {
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage each : document.getPages()) {
            number++;
            try (PDPageContentStream footer = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true)) {
                String text = "第 " + number + " 页 共 " + total + " 页";
                float width = width(text, 9f);
                footer.beginText();
                footer.setFont(font, 9f);
                footer.newLineAtOffset(LEFT + (WIDTH - width) / 2, BOTTOM - 10 * MM);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    /** A line of text across the page, outside the tables. */
    private void line(String text, float size, Align align, boolean bold) throws IOException {
        y -= size * 1.3f;
        draw(printable(text), size, align, LEFT, WIDTH, y + size * 0.25f, bold);
    }

    /** Each cell's text broken into the lines that fit its column. */
    private List<List<String>> wrap(List<String> cells, List<Float> shares) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(wrap(cells.get(i), shares.get(i) * WIDTH - 2 * PADDING));
        }
        return wrapped;
    }

    private boolean fits(List<List<String>> wrapped) {
        return y - rowHeight(wrapped) >= BOTTOM;
    }

    private static float rowHeight(List<List<String>> wrapped) {
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PADDING;
    }

    private void tableRow(List<List<String>> wrapped, List<Float> shares, List<Align> aligns, boolean bold)
            throws IOException {
        float height = rowHeight(wrapped);
        float x = LEFT;
        for (int i = 0; i < wrapped.size(); i++) {
            float width = shares.get(i) * WIDTH;
            page.addRect(x, y - height, width, height);
            float baseline = y - PADDING - LEADING + 2.5f;
            for (String text : wrapped.get(i)) {
                draw(text, TEXT, aligns.get(i), x + PADDING, width - 2 * PADDING, baseline, bold);
                baseline -= LEADING;
            }
            x += width;
        }
        page.stroke();
        y -= height;
    }

    private void draw(String text, float size, Align align, float x, float width, float baseline, boolean bold)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x + (width - width(text, size)) / 2;
            case RIGHT -> x + width - width(text, size);
        };
        page.beginText();
        page.setFont(font, size);
        if (bold) {
            // The bundled face has no bold: outline the glyphs as well as filling them, as openhtmltopdf does.
            page.setRenderingMode(RenderingMode.FILL_STROKE);
            page.setLineWidth(size * 0.04f);
        }
        page.newLineAtOffset(left, baseline);
        page.showText(text);
        page.endText();
        if (bold) {
            page.setRenderingMode(RenderingMode.FILL);
            page.setLineWidth(BORDER);
        }
    }

    /** Breaks a cell's text into lines that fit its column; Chinese may break between any two characters. */
    private List<String> wrap(String text, float width) {
        String printable = printable(text == null ? "" : text);
        List<String> lines = new ArrayList<>(1);
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            float advance = advance(codePoint) * TEXT;
            if (used + advance > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(codePoint);
            used += advance;
            i += Character.charCount(codePoint);
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += advance(codePoint) * size;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** A character's advance width per point of font size. */
    private float advance(int codePoint) {
        return widths.computeIfAbsent(codePoint, key -> {
            try {
                return font.getStringWidth(Character.toString(key)) / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with characters the face cannot draw replaced by a visible 「?」 rather than failing the render. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(codePoint, this::hasGlyph)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static List<Align> centred(int columns) {
        return Collections.nCopies(columns, Align.CENTRE);
    }
}
