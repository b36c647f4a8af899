package cn.jixiao.evaluation.survey;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV response file (RFC 4180: commas, double-quoted cells that may hold commas, quotes and line breaks).
 * Files saved by Excel on a Chinese Windows are GB18030, others UTF-8 (with or without a byte-order mark): a file
 * that is not valid UTF-8 is read as GB18030. A row with more cells than the header, or a quote never closed,
 * is unreadable.
 */
final class CsvResponses {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvResponses() {
    }

    static ResponseTable read(byte[] content) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String unclosedAt = parse(decode(content), records, lineNumbers);
        int headerIndex = 0;
        while (headerIndex < records.size() && records.get(headerIndex).stream().allMatch(String::isBlank)) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            throw new InvalidSurveyException(List.of("文件中没有表头和数据 (the file is empty)"));
        }
        List<String> header = records.get(headerIndex);
        List<ResponseTable.Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int line = lineNumbers.get(i);
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                rows.add(ResponseTable.Row.unreadable(line, "该行有 " + cells.size() + " 列，多于表头的 " + header.size() + " 列"));
            } else {
                rows.add(ResponseTable.Row.read(line, cells));
            }
        }
        if (unclosedAt != null) {
            rows.add(ResponseTable.Row.unreadable(Integer.parseInt(unclosedAt), "引号未闭合，此后内容无法读取"));
        }
        return new ResponseTable(header, rows);
    }

    /** Splits into records, noting each record's first line; returns the line of a quote never closed, else null. */
    private static String parse(String text, List<List<String>> records, List<Integer> lineNumbers) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return String.valueOf(quoteLine);
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
        return null;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }
}
