package cn.jixiao.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.jixiao.problems.ProblemException;

/**
 * Reads the first sheet of an uploaded XLSX workbook as a stream of rows, under {@link WorkbookLimits}. Only the
 * current row, the shared strings (compactly, within their limits) and the number formats are ever in memory;
 * the ZIP is read entry by entry from the file on disk, each XML part through an {@link XmlGuard} that stops ZIP
 * bombs, DTDs (external entities, entity expansion) and oversized tokens, and the parser itself refuses any DTD
 * as well. A cell reference beyond the column limit is refused, never padded up to.
 *
 * <p>A file that is not an XLSX workbook at all, or is damaged, ends in an {@link IOException} for the caller to
 * word in its own terms; a broken limit ends in the {@link ProblemException} of {@link UploadRefusals}.
 */
public final class XlsxSheet {

    /** Receives the rows of the sheet as they are read. */
    public interface Rows {

        /**
         * @param number the row number as Excel shows it (1 for the first row)
         * @param cells  the row's cells in column order; a missing cell is simply absent
         */
        void row(int number, List<SheetCell> cells);

        /** A merged range, such as {@code A3:C3}; called after the rows. */
        default void merged(String range) {
        }
    }

    private static final String RELATIONSHIPS = "/relationships/";
    /** Excel's own limit on cell formats in one workbook. */
    private static final int MAX_CELL_FORMATS = 64_000;

    private final ZipFile zip;
    private final WorkbookLimits limits;

    private XlsxSheet(ZipFile zip, WorkbookLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    public static void readFirstSheet(Path file, WorkbookLimits limits, Rows rows) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            new XlsxSheet(zip, limits).read(rows);
        } catch (ZipException notAZip) {
            throw new IOException("not a ZIP archive", notAZip);
        } catch (XmlGuard.Refused refused) {
            throw refused.refusal();
        } catch (SAXException | IOException | RuntimeException failed) {
            ProblemException refusal = refusalIn(failed);
            if (refusal != null) {
                throw refusal;
            }
            if (failed instanceof IOException io) {
                throw io;
            }
            throw new IOException("not a readable XLSX workbook", failed);
        }
    }

    private void read(Rows rows) throws IOException, SAXException {
        String workbook = officeDocument();
        Map<String, Relationship> parts = relationships(workbook);
        String firstSheet = firstSheetId(workbook);
        Relationship sheet = firstSheet == null ? null : parts.get(firstSheet);
        if (sheet == null) {
            throw new IOException("the workbook names no sheet");
        }
        SharedStrings strings = new SharedStrings(limits.maxSharedStrings(), limits.maxSharedStringChars());
        CellFormats formats = new CellFormats();
        for (Relationship part : parts.values()) {
            if (part.isOfType("sharedStrings")) {
                parse(part.target(), limits.maxPartBytes(), new SharedStringsHandler(strings, limits));
            } else if (part.isOfType("styles")) {
                parse(part.target(), limits.maxSmallPartBytes(), new StylesHandler(formats));
            }
        }
        parse(sheet.target(), limits.maxPartBytes(), new SheetHandler(strings, formats, limits, rows));
    }

    /** Where the workbook part is, as the package's own relationships say; {@code xl/workbook.xml} by convention. */
    private String officeDocument() throws IOException, SAXException {
        if (zip.getEntry("_rels/.rels") == null) {
            return "xl/workbook.xml";
        }
        Map<String, Relationship> found = new HashMap<>();
        parse("_rels/.rels", limits.maxSmallPartBytes(), new RelationshipsHandler("", found));
        return found.values().stream().filter(r -> r.isOfType("officeDocument")).map(Relationship::target)
                .findFirst().orElseThrow(() -> new IOException("the package holds no workbook"));
    }

    private Map<String, Relationship> relationships(String workbook) throws IOException, SAXException {
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, Relationship> found = new HashMap<>();
        parse(rels, limits.maxSmallPartBytes(), new RelationshipsHandler(folder, found));
        return found;
    }

    private String firstSheetId(String workbook) throws IOException, SAXException {
        String[] id = new String[1];
        parse(workbook, limits.maxSmallPartBytes(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (id[0] == null && "sheet".equals(localName)) {
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("relationships")) {
                            id[0] = attributes.getValue(i);
                        }
                    }
                }
            }
        });
        return id[0];
    }

    private void parse(String partName, long maxBytes, DefaultHandler handler) throws IOException, SAXException {
        ZipEntry entry = zip.getEntry(partName);
        if (entry == null) {
            throw new IOException("the workbook lacks its part " + partName);
        }
        try (InputStream in = new XmlGuard(zip.getInputStream(entry), partName, maxBytes, limits.maxMarkupBytes())) {
            XMLReader reader = newReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        }
    }

    private static XMLReader newReader() throws SAXException {
        try {
            // the JDK's own parser, whatever else is on the class path, with every DTD refused outright
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser takes these features", e);
        }
    }

    private static ProblemException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException refusal) {
                return refusal;
            }
            if (cause instanceof XmlGuard.Refused refused) {
                return refused.refusal();
            }
            if (cause instanceof SAXException sax && sax.getException() != null && sax.getException() != cause.getCause()) {
                ProblemException inner = refusalIn(sax.getException());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** A relationship of the package: its type (a URI) and the part it points to, as a ZIP entry name. */
    private record Relationship(String type, String target) {

        boolean isOfType(String kind) {
            return type != null && type.endsWith(RELATIONSHIPS + kind);
        }
    }

    private static final class RelationshipsHandler extends DefaultHandler {

        private final String folder;
        private final Map<String, Relationship> found;

        RelationshipsHandler(String folder, Map<String, Relationship> found) {
            this.folder = folder;
            this.found = found;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("Relationship".equals(localName) && !"External".equals(attributes.getValue("TargetMode"))) {
                found.put(attributes.getValue("Id"), new Relationship(attributes.getValue("Type"),
                        resolve(folder, attributes.getValue("Target"))));
            }
        }

        private static String resolve(String folder, String target) {
            if (target == null) {
                return "";
            }
            if (target.startsWith("/")) {
                return target.substring(1);
            }
            String path = folder + target;
            while (path.contains("/../")) {
                path = path.replaceFirst("[^/]*/\\.\\./", "");
            }
            return path;
        }
    }

    /** The number format of each cell format ({@code s} of a cell): what Excel shows a number as. */
    private static final class CellFormats {

        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> formatOfStyle = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        String shown(String number, String style) {
            int index = parseIndex(style);
            if (index < 0 || index >= formatOfStyle.size()) {
                return number;
            }
            int format = formatOfStyle.get(index);
            String pattern = custom.containsKey(format) ? custom.get(format) : BuiltinFormats.getBuiltinFormat(format);
            if (pattern == null) {
                return number;
            }
            try {
                return formatter.formatRawCellContents(Double.parseDouble(number), format, pattern);
            } catch (RuntimeException notANumber) {
                return number;
            }
        }
    }

    private static final class StylesHandler extends DefaultHandler {

        private final CellFormats formats;
        private boolean inCellFormats;

        StylesHandler(CellFormats formats) {
            this.formats = formats;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "numFmt" -> formats.custom.put(parseIndex(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
                case "cellXfs" -> inCellFormats = true;
                case "xf" -> {
                    if (inCellFormats && formats.formatOfStyle.size() < MAX_CELL_FORMATS) {
                        formats.formatOfStyle.add(Math.max(0, parseIndex(attributes.getValue("numFmtId"))));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellFormats = false;
            }
        }
    }

    private static int parseIndex(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Collects the text of the element being read, refusing it beyond the cell limit. */
    private abstract static class TextCollecting extends DefaultHandler {

        final StringBuilder text = new StringBuilder();
        final int maxChars;
        boolean collecting;

        TextCollecting(int maxChars) {
            this.maxChars = maxChars;
        }

        abstract String where();

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                if (text.length() + length > maxChars) {
                    throw UploadRefusals.cellTooLong(maxChars, where());
                }
                text.append(ch, start, length);
            }
        }
    }

    /** {@code <sst><si><t/><r><t/></r><rPh><t/></rPh></si></sst>}: phonetic runs are not part of the text. */
    private static final class SharedStringsHandler extends TextCollecting {

        private final SharedStrings strings;
        private final StringBuilder entry = new StringBuilder();
        private boolean phonetic;

        SharedStringsHandler(SharedStrings strings, WorkbookLimits limits) {
            super(limits.maxCellChars());
            this.strings = strings;
        }

        @Override
        String where() {
            return "共享字符串 shared string " + (strings.size() + 1);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> entry.setLength(0);
                case "rPh" -> phonetic = true;
                case "t" -> {
                    if (!phonetic) {
                        text.setLength(0);
                        collecting = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> {
                    if (collecting) {
                        collecting = false;
                        if (entry.length() + text.length() > maxChars) {
                            throw UploadRefusals.cellTooLong(maxChars, where());
                        }
                        entry.append(text);
                    }
                }
                case "rPh" -> phonetic = false;
                case "si" -> strings.add(entry);
                default -> {
                }
            }
        }
    }

    /** {@code <row r><c r t s><f/><v/><is><t/></is></c></row>} and {@code <mergeCell ref/>}. */
    private static final class SheetHandler extends TextCollecting {

        private final SharedStrings strings;
        private final CellFormats formats;
        private final WorkbookLimits limits;
        private final Rows rows;
        private final List<SheetCell> cells = new ArrayList<>();
        private int rowsRead;
        private int rowNumber;
        private int column;
        private String ref;
        private String type;
        private String style;
        private String value;
        private String formula;
        private StringBuilder inline;

        SheetHandler(SharedStrings strings, CellFormats formats, WorkbookLimits limits, Rows rows) {
            super(limits.maxCellChars());
            this.strings = strings;
            this.formats = formats;
            this.limits = limits;
            this.rows = rows;
        }

        @Override
        String where() {
            return ref != null ? "单元格 cell " + ref : "第 " + rowNumber + " 行 row " + rowNumber;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    if (++rowsRead > limits.maxRows()) {
                        throw UploadRefusals.tooManyRows(limits.maxRows());
                    }
                    int numbered = parseIndex(attributes.getValue("r"));
                    rowNumber = numbered > 0 ? numbered : rowNumber + 1;
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    ref = r == null ? null : shortened(r);
                    int referenced = r == null ? -1 : columnOf(r);
                    column = referenced < 0 ? column + 1 : referenced;
                    if (column >= limits.maxColumns() || cells.size() >= limits.maxColumns()) {
                        throw UploadRefusals.tooManyColumns(limits.maxColumns(), where());
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value = null;
                    formula = null;
                    inline = null;
                }
                case "v", "f" -> {
                    text.setLength(0);
                    collecting = true;
                }
                case "is" -> inline = new StringBuilder();
                case "t" -> {
                    if (inline != null) {
                        text.setLength(0);
                        collecting = true;
                    }
                }
                case "mergeCell" -> rows.merged(shortened(String.valueOf(attributes.getValue("ref"))));
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> value = collected();
                case "f" -> formula = collected();
                case "t" -> {
                    if (inline != null && collecting) {
                        inline.append(collected());
                        if (inline.length() > maxChars) {
                            throw UploadRefusals.cellTooLong(maxChars, where());
                        }
                    }
                }
                case "c" -> cells.add(cell());
                case "row" -> rows.row(rowNumber, List.copyOf(cells));
                default -> {
                }
            }
        }

        private String collected() {
            collecting = false;
            return text.toString();
        }

        private SheetCell cell() throws SAXException {
            String kind = type == null ? "n" : type;
            String stored = switch (kind) {
                case "s" -> {
                    String shared = value == null ? "" : strings.get(parseIndex(value.strip()));
                    if (shared == null) {
                        throw new SAXException("cell " + ref + " points to no shared string");
                    }
                    yield shared;
                }
                case "inlineStr" -> inline == null ? "" : inline.toString();
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                default -> value == null ? "" : value;
            };
            String shown = "n".equals(kind) && !stored.isEmpty() ? formats.shown(stored, style) : stored;
            return new SheetCell(column, stored, shown, formula, "e".equals(kind));
        }

        /** The zero-based column of a reference such as {@code AB12}; refused beyond the column limit. */
        private int columnOf(String r) {
            int parsed = 0;
            for (int i = 0; i < r.length() && Character.isLetter(r.charAt(i)); i++) {
                parsed = parsed * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
                if (parsed > limits.maxColumns()) {
                    throw UploadRefusals.tooManyColumns(limits.maxColumns(), "单元格 cell " + shortened(r));
                }
            }
            return parsed - 1;
        }

        private static String shortened(String text) {
            return text.length() <= 24 ? text : text.substring(0, 24) + "…";
        }
    }
}
