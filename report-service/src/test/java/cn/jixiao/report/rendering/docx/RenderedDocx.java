package cn.jixiao.report.rendering.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/** A rendered DOCX re-opened with POI, read the way a person reads the printed report. */
final class RenderedDocx implements AutoCloseable {

    static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    final byte[] bytes;
    final XWPFDocument document;

    RenderedDocx(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX does not re-open", e);
        }
    }

    /** All text, body and tables, as Word's 「save as plain text」 would give it. */
    String text() {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's paragraphs outside tables, in order. */
    List<XWPFParagraph> paragraphs() {
        return document.getParagraphs();
    }

    /** Paragraphs marked as headings of the given level (1 for 「一、」), as printed. */
    List<String> headings(int level) {
        return paragraphs().stream()
                .filter(paragraph -> paragraph.getCTPPr().isSetOutlineLvl()
                        && paragraph.getCTPPr().getOutlineLvl().getVal().intValue() == level - 1)
                .map(XWPFParagraph::getText).toList();
    }

    XWPFParagraph paragraph(String text) {
        return paragraphs().stream().filter(paragraph -> paragraph.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph 「" + text + "」"));
    }

    /** The 自评表's indicator part: the document's last table. */
    XWPFTable form() {
        List<XWPFTable> tables = document.getTables();
        return tables.get(tables.size() - 1);
    }

    /** The 自评表's header and funds part, printed flush above its indicator part. */
    XWPFTable formHead() {
        List<XWPFTable> tables = document.getTables();
        return tables.get(tables.size() - 2);
    }

    /** The 自评表's rows from 项目名称 to 等级, its two tables read as one. */
    List<XWPFTableRow> formRows() {
        List<XWPFTableRow> rows = new ArrayList<>(formHead().getRows());
        rows.addAll(form().getRows());
        return rows;
    }

    XWPFTableRow formRow(int index) {
        return formRows().get(index);
    }

    /** The form's row whose first cell reads {@code firstCell}, counted over both its tables. */
    int formRowStarting(String firstCell) {
        List<XWPFTableRow> rows = formRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getCell(0).getText().equals(firstCell)) {
                return i;
            }
        }
        throw new AssertionError("No form row starts with 「" + firstCell + "」");
    }

    static List<String> cellTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** {@code restart}, {@code continue} or {@code null} for a cell not merged vertically. */
    static String verticalMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetVMerge()) {
            return null;
        }
        return properties.getVMerge().isSetVal() ? properties.getVMerge().getVal().toString() : "continue";
    }

    /** Every run in the body, in paragraphs and in table cells. */
    Stream<XWPFRun> runs() {
        return document.getBodyElements().stream().flatMap(RenderedDocx::runs);
    }

    private static Stream<XWPFRun> runs(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            return paragraph.getRuns().stream();
        }
        if (element instanceof XWPFTable table) {
            return table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                    .flatMap(cell -> cell.getBodyElements().stream()).flatMap(RenderedDocx::runs);
        }
        return Stream.empty();
    }

    /** Keeps the file under target/report-artifacts so a person can open it in Word, WPS or LibreOffice. */
    Path keepAs(String fileName) throws IOException {
        Files.createDirectories(ARTIFACTS);
        return Files.write(ARTIFACTS.resolve(fileName), bytes);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
