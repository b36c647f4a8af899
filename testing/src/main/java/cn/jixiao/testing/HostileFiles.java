package cn.jixiao.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files an attacker with a street editor's login would upload, generated here (nothing large is kept in the
 * repository): each is small on the wire and built to exhaust memory, disk, CPU or the file system of a service
 * that reads it naively. Every upload endpoint must refuse each (or, where the file is stored without ever being
 * opened, store it) quickly, and stay healthy.
 */
public final class HostileFiles {

    /** Refusals that name a broken limit. */
    public static final Set<Integer> LIMIT_BROKEN = Set.of(400, 413);
    /** Refusals of a file that is simply not of the kind the endpoint takes. */
    public static final Set<Integer> NOT_THIS_KIND = Set.of(400, 413, 415, 422);

    /** A header a spreadsheet endpoint reads on past: the ledger's (any other CSV endpoint takes the first row as given). */
    private static final String LEDGER_HEADER = "日期,金额（元）,经济分类编码,经济分类名称,收款方,凭证号,摘要\r\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {
    }

    /**
     * @param name     what the file is, for the test's name and the measurements
     * @param fileName the name it is uploaded under
     * @param content  its bytes
     * @param refusals the statuses a parsing endpoint may answer it with
     */
    public record HostileFile(String name, String fileName, byte[] content, Set<Integer> refusals) {

        public boolean isWorkbook() {
            return fileName.endsWith(".xlsx");
        }

        @Override
        public String toString() {
            return name + " (" + fileName + ", " + content.length / 1024 + " KB)";
        }
    }

    public static List<HostileFile> all() {
        return List.of(columnBomb(), domBomb(), zipBomb(), xxe(), billionLaughs(), unclosedQuoteCsv(), wideCsv(),
                millionRowsXlsx(), millionRowsCsv(), garbageNamedXlsx(), oversized());
    }

    /** A cell reference of column 2,147,483,646: a reader that pads its row up to the cell's column needs gigabytes. */
    public static HostileFile columnBomb() {
        return new HostileFile("column bomb", "column-bomb.xlsx", workbook(sheet(out -> write(out,
                "<row r=\"1\"><c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")), null),
                LIMIT_BROKEN);
    }

    /** Three million shared strings and 100,000 rows of 30 cells, in a few hundred kilobytes. */
    public static HostileFile domBomb() {
        Content strings = out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            for (int i = 0; i < 3_000_000; i++) {
                write(out, "<si><t>满意</t></si>");
            }
            write(out, "</sst>");
        };
        return new HostileFile("DOM bomb", "dom-bomb.xlsx", workbook(sheet(out -> {
            for (int row = 1; row <= 100_000; row++) {
                write(out, "<row>");
                for (int column = 0; column < 30; column++) {
                    write(out, "<c t=\"s\"><v>0</v></c>");
                }
                write(out, "</row>");
            }
        }), strings), LIMIT_BROKEN);
    }

    /** A sheet that unpacks from a few hundred kilobytes to 128 MB (twice the largest limit of a part). */
    public static HostileFile zipBomb() {
        byte[] blanks = new byte[1024 * 1024];
        java.util.Arrays.fill(blanks, (byte) ' ');
        return new HostileFile("zip bomb", "zip-bomb.xlsx", workbook(sheet(out -> {
            for (int i = 0; i < 128; i++) {
                out.write(blanks);
            }
        }), null), LIMIT_BROKEN);
    }

    /** An external entity that would read the server's own files into a cell. */
    public static HostileFile xxe() {
        Content sheet = out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t>"
                + "</is></c></row></sheetData></worksheet>");
        return new HostileFile("XXE", "xxe.xlsx", workbook(sheet, null), LIMIT_BROKEN);
    }

    /** Nested entities expanding to 10^9 "lol"s in the shared strings. */
    public static HostileFile billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Content strings = out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd
                + "<sst xmlns=\"" + MAIN + "\"><si><t>&lol9;</t></si></sst>");
        return new HostileFile("billion laughs", "billion-laughs.xlsx",
                workbook(sheet(out -> write(out, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")), strings),
                LIMIT_BROKEN);
    }

    /** CSV quoting abuse: a quote opened on line 2 and never closed, swallowing 6 MB of doubled quotes and commas. */
    public static HostileFile unclosedQuoteCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, LEDGER_HEADER + "2023-05-12,\"");
        String swallowed = "\"\"哈,哈\r\n".repeat(1024);
        for (int i = 0; i < 600; i++) {
            write(out, swallowed);
        }
        return new HostileFile("CSV unclosed quote", "unclosed-quote.csv", out.toByteArray(), LIMIT_BROKEN);
    }

    /** A header, then one CSV record of two million fields. */
    public static HostileFile wideCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, LEDGER_HEADER + "1");
        byte[] commas = ",".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 32; i++) {
            out.writeBytes(commas);
        }
        write(out, "\r\n");
        return new HostileFile("CSV of 2,000,000 columns", "wide.csv", out.toByteArray(), LIMIT_BROKEN);
    }

    /** 10^6 rows of a sheet, in a few kilobytes. */
    public static HostileFile millionRowsXlsx() {
        return new HostileFile("10^6 rows XLSX", "million-rows.xlsx", workbook(sheet(out -> {
            for (int i = 0; i < 1_000_000; i++) {
                write(out, "<row/>");
            }
        }), null), LIMIT_BROKEN);
    }

    /** A header and 10^6 records of a CSV. */
    public static HostileFile millionRowsCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, LEDGER_HEADER);
        byte[] blankRecords = ",\r\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 100; i++) {
            out.writeBytes(blankRecords);
        }
        return new HostileFile("10^6 rows CSV", "million-rows.csv", out.toByteArray(), LIMIT_BROKEN);
    }

    /** Random bytes named as a workbook. */
    public static HostileFile garbageNamedXlsx() {
        byte[] garbage = new byte[256 * 1024];
        new Random(9).nextBytes(garbage);
        return new HostileFile("binary garbage named .xlsx", "garbage.xlsx", garbage, NOT_THIS_KIND);
    }

    /** More bytes than any upload endpoint takes (the largest limit is 20 MB). */
    public static HostileFile oversized() {
        byte[] big = new byte[21 * 1024 * 1024];
        new Random(21).nextBytes(big);
        return new HostileFile("oversized (21 MB)", "oversized.xlsx", big, Set.of(413));
    }

    /** A workbook of one sheet and, when given, a shared-string table; the parts as a spreadsheet program writes them. */
    public static byte[] workbook(Content sheet, Content sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A worksheet part around the given {@code <row>} elements. */
    public static Content sheet(Content rows) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.writeTo(out);
            write(out, "</sheetData></worksheet>");
        };
    }

    /** Writes part of a file; the generators write far more than they keep. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        entry(zip, name, out -> out.write(content));
    }

    /** Streams the part into the archive: the unpacked part is never in memory. */
    private static void entry(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        BufferedOutputStream buffered = new BufferedOutputStream(zip, 64 * 1024);
        content.writeTo(buffered);
        buffered.flush();
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
