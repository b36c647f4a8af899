package cn.jixiao.report.rendering.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A captioned table in the report's body: the caption centred above, the header repeated on every page. */
final class BodyTables {

    private static final RunStyle CAPTION = RunStyle.of(Face.HEI, Size.SI_HAO);

    private BodyTables() {
    }

    static void write(XWPFDocument document, String caption, List<String> header, List<List<String>> rows) {
        if (caption != null && !caption.isBlank()) {
            CAPTION.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), caption);
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        Band band = Band.fitting(OfficialPage.TEXT_WIDTH, all, Cell.TEXT.size().characterTwips() / 2,
                DocxTable.HORIZONTAL_PADDING);
        DocxTable table = DocxTable.create(document, List.of(band));
        DocxTable.Row headerRow = table.row(band).repeatedAsHeader();
        for (int column = 0; column < header.size(); column++) {
            headerRow.cell(column, Cell.header(header.get(column)));
        }
        for (List<String> row : rows) {
            DocxTable.Row tableRow = table.row(band);
            for (int column = 0; column < row.size(); column++) {
                tableRow.cell(column, column == 0 ? Cell.text(row.get(column)) : Cell.centred(row.get(column)));
            }
        }
        // Word needs a paragraph between a table and what follows, or the next table would join this one.
        Paragraphs.blankLine(document);
    }
}
