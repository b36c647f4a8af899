package cn.jixiao.uploads;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) record by record,
 * under {@link WorkbookLimits}: records, fields per record, characters per field. A quote never closed therefore
 * swallows at most one field's limit of the file before it is refused, and only the current record is in memory.
 *
 * <p>Excel on a Chinese Windows saves CSV in GBK, other programs in UTF-8 with or without a byte-order mark: a
 * file that is not valid UTF-8 is read as GB18030, which contains GBK. The byte-order mark is not part of the
 * first field.
 */
public final class CsvRecords {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Receives the records of a file as they are read. */
    public interface Records {

        /**
         * @param number the record's number (1 for the first), as a spreadsheet program shows the row
         * @param line   the line of the file the record starts on
         * @param fields the record's fields
         */
        void record(int number, int line, List<String> fields);

        /** The file ended inside a quoted field that started on {@code line}; the record is not handed on. */
        void unclosedQuote(int number, int line, int column);
    }

    private final Reader reader;
    private final WorkbookLimits limits;
    private int line = 1;

    private CsvRecords(Reader reader, WorkbookLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    public static void read(Path file, WorkbookLimits limits, Records records) throws IOException {
        Charset charset = charsetOf(file);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            new CsvRecords(reader, limits).readAll(records);
        }
    }

    private void readAll(Records records) throws IOException {
        int number = 0;
        boolean first = true;
        while (true) {
            int startLine = line;
            Record next = nextRecord(number + 1);
            if (next == null) {
                return;
            }
            number++;
            if (number > limits.maxRows()) {
                throw UploadRefusals.tooManyRows(limits.maxRows());
            }
            if (first && !next.fields().isEmpty() && next.fields().get(0).startsWith("\uFEFF")) {
                next.fields().set(0, next.fields().get(0).substring(1));
            }
            first = false;
            if (next.unclosedFrom() > 0) {
                records.unclosedQuote(number, next.unclosedFrom(), next.fields().size());
                return;
            }
            records.record(number, startLine, next.fields());
        }
    }

    /** A record as read; {@code unclosedFrom} is the line of a quote the file never closed, else 0. */
    private record Record(List<String> fields, int unclosedFrom) {
    }

    /** The next record, or {@code null} at the end of the file. */
    private Record nextRecord(int number) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int quoteLine = 0;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        append(field, '"', number, fields.size());
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, number, fields.size());
                }
            } else if (c == '"' && isBlank(field)) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == ',') {
                addField(fields, field, number);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                line++;
                addField(fields, field, number);
                return new Record(fields, 0);
            } else {
                append(field, (char) c, number, fields.size());
            }
        }
        if (!any) {
            return null;
        }
        if (quoted) {
            return new Record(fields, quoteLine);
        }
        addField(fields, field, number);
        return new Record(fields, 0);
    }

    /** Blanks before an opening quote are dropped with it; a field is short (its limit), so looking back is cheap. */
    private static boolean isBlank(StringBuilder field) {
        for (int i = field.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(field.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void append(StringBuilder field, char c, int number, int column) {
        if (field.length() >= limits.maxCellChars()) {
            throw UploadRefusals.cellTooLong(limits.maxCellChars(), "第 " + number + " 行第 " + (column + 1) + " 列 row "
                    + number + " column " + (column + 1));
        }
        field.append(c);
    }

    private void addField(List<String> fields, StringBuilder field, int number) {
        if (fields.size() >= limits.maxColumns()) {
            throw UploadRefusals.tooManyColumns(limits.maxColumns(), "第 " + number + " 行 row " + number);
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = in.read(chunk)) != -1) {
                bytes.put(chunk, 0, read).flip();
                if (utf8.decode(bytes, chars, false).isError()) {
                    return GB18030;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        }
    }
}
