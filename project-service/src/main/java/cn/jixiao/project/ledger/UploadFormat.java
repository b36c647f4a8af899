package cn.jixiao.project.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What an uploaded ledger file really is, judged by its bytes, never by its name: an XLSX workbook is a ZIP
 * archive holding {@code [Content_Types].xml} and {@code xl/workbook.xml}; anything else called .xlsx is refused.
 * A file that is not a ZIP is taken as CSV only when it is named so and holds text.
 */
enum UploadFormat {
    XLSX(new XlsxRows()),
    CSV(new CsvRows());

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int TEXT_PROBE = 8 * 1024;

    private final SheetRows rows;

    UploadFormat(SheetRows rows) {
        this.rows = rows;
    }

    SheetRows rows() {
        return rows;
    }

    static UploadFormat of(Path file, String fileName) throws IOException {
        byte[] head = new byte[TEXT_PROBE];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, length, ZIP)) {
            if (isWorkbook(file)) {
                return XLSX;
            }
            throw LedgerFileRefusals.notXlsx(fileName);
        }
        if (startsWith(head, length, OLE2)) {
            throw LedgerFileRefusals.legacyXls(fileName);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            throw LedgerFileRefusals.notXlsx(fileName);
        }
        if ((name.endsWith(".csv") || name.endsWith(".txt")) && isText(head, length)) {
            return CSV;
        }
        throw LedgerFileRefusals.unsupported(fileName);
    }

    private static boolean isWorkbook(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (ZipException damaged) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Text has no NUL bytes; a binary file renamed .csv almost always does within its first kilobytes. */
    private static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
