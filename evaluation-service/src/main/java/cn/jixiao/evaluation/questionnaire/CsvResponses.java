package cn.jixiao.evaluation.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.uploads.CsvRecords;

/**
 * Reads a CSV response file as a stream (see {@link CsvRecords}: RFC 4180, GB18030 or UTF-8, every limit checked
 * as the file streams by). A row with more cells than the header, or a quote never closed, is unreadable; rows
 * are numbered by the line they start on.
 */
final class CsvResponses {

    private CsvResponses() {
    }

    static ResponseTable read(Path file) {
        ResponseRows rows = new ResponseRows();
        try {
            CsvRecords.read(file, ResponseFiles.LIMITS, new CsvRecords.Records() {
                @Override
                public void record(int number, int line, List<String> cells) {
                    List<String> header = rows.header();
                    if (header != null && cells.size() > header.size()
                            && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                        rows.unreadable(line, "该行有 " + cells.size() + " 列，多于表头的 " + header.size() + " 列");
                    } else {
                        rows.row(line, cells);
                    }
                }

                @Override
                public void unclosedQuote(int number, int line, int column) {
                    rows.unreadable(line, "引号未闭合，此后内容无法读取");
                }
            });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        ResponseTable table = rows.table();
        if (table == null) {
            throw new InvalidSurveyException(List.of("文件中没有表头和数据 (the file is empty)"));
        }
        return table;
    }
}
