package cn.jixiao.project.ledger;

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
 * Reads a comma-separated ledger (RFC 4180: quoted fields may hold commas, quotes and line breaks). Excel
 * on a Chinese Windows saves CSV in GBK, accounting software often in UTF-8 with or without a byte order
 * mark: a file that is not valid UTF-8 is read as GB18030, which contains GBK.
 */
final class CsvRows implements SheetRows {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public void read(Path file, Sink sink) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charsetOf(file)))) {
            int number = 0;
            List<String> row;
            boolean first = true;
            while ((row = nextRecord(reader)) != null) {
                number++;
                if (first && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1));
                }
                first = false;
                sink.row(number, row);
            }
        }
    }

    /** The next record, or {@code null} at the end of the file. */
    private static List<String> nextRecord(Reader reader) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
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
