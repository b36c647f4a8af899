package cn.jixiao.project.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.jixiao.problems.Bilingual;

/**
 * Reads the first sheet of an XLSX workbook as a stream of SAX events: only the current row and the shared
 * strings are in memory, never the sheet. Formulas, merged ranges and error values are reported as cell
 * problems, because an import takes the values a person typed, not what a formula computed at some point.
 */
final class XlsxRows implements SheetRows {

    @Override
    public void read(Path file, Sink sink) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, sink));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("Not a readable XLSX workbook", e);
        }
    }

    /** Turns the sheet's XML ({@code <row><c r t><v/><f/><is/></c></row>}, {@code <mergeCell ref/>}) into rows. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final Sink sink;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private String value;
        private String inline;
        private String formula;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, Sink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    value = null;
                    inline = null;
                    formula = null;
                }
                case "v", "f", "t" -> {
                    text.setLength(0);
                    collecting = true;
                }
                case "is" -> inline = "";
                case "mergeCell" -> {
                    CellReference first = new CellReference(attributes.getValue("ref").split(":")[0]);
                    sink.cellProblem(first.getRow() + 1, first.getCol(), attributes.getValue("ref"), Bilingual.of(
                            "含合并单元格 " + attributes.getValue("ref") + "，请取消合并，每行每列填写一个值",
                            "Merged cells " + attributes.getValue("ref") + "; unmerge them, one value per cell"));
                }
                default -> {
                    // other elements (styles, dimensions, sheet views) carry nothing an entry needs
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> value = collected();
                case "f" -> formula = collected();
                case "t" -> {
                    if (inline != null) {
                        inline += collected(); // rich inline text comes as several runs
                    }
                }
                case "c" -> endCell();
                case "row" -> sink.row(rowNumber, List.copyOf(cells));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        /** The zero-based column of a cell reference such as {@code AB12}: 27. */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }

        private String collected() {
            collecting = false;
            return text.toString();
        }

        private void endCell() {
            String shown = switch (type == null ? "n" : type) {
                case "s" -> value == null ? "" : strings.getItemAt(Integer.parseInt(value)).getString();
                case "inlineStr" -> inline == null ? "" : inline;
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                default -> value == null ? "" : value;
            };
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, shown);
            if (formula != null) {
                sink.cellProblem(rowNumber, column, "=" + formula, Bilingual.of(
                        "单元格含公式，请复制后“选择性粘贴为数值”再导入",
                        "The cell holds a formula; paste it as a value before importing"));
            } else if ("e".equals(type)) {
                sink.cellProblem(rowNumber, column, shown, Bilingual.of("单元格含错误值 " + shown, "The cell holds the error " + shown));
            }
        }
    }
}
