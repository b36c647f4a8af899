package cn.jixiao.project.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.uploads.CsvRecords;
import cn.jixiao.uploads.WorkbookLimits;

/**
 * Reads a comma-separated ledger record by record (see {@link CsvRecords}: RFC 4180, GBK or UTF-8, every limit
 * checked as the file streams by). A quote the file never closes is a problem of the row it opens in.
 */
final class CsvRows implements SheetRows {

    @Override
    public void read(Path file, WorkbookLimits limits, Sink sink) throws IOException {
        CsvRecords.read(file, limits, new CsvRecords.Records() {
            @Override
            public void record(int number, int line, List<String> fields) {
                sink.row(number, fields);
            }

            @Override
            public void unclosedQuote(int number, int line, int column) {
                sink.cellProblem(number, column, "\"", Bilingual.of(
                        "第 " + line + " 行起的引号没有闭合，此后的内容无法读取",
                        "The quote opened on line " + line + " is never closed; nothing after it can be read"));
            }
        });
    }
}
