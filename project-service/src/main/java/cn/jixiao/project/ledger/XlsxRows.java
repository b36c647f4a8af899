package cn.jixiao.project.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.uploads.SheetCell;
import cn.jixiao.uploads.WorkbookLimits;
import cn.jixiao.uploads.XlsxSheet;

/**
 * Reads the first sheet of an XLSX workbook as a stream (see {@link XlsxSheet}): only the current row and the
 * shared strings are in memory, never the sheet, and every limit is checked as the file streams by. Formulas,
 * merged ranges and error values are reported as cell problems, because an import takes the values a person
 * typed, not what a formula computed at some point. Cells keep the value the file stores (a date is its serial
 * number), which {@link CellValues} reads.
 */
final class XlsxRows implements SheetRows {

    @Override
    public void read(Path file, WorkbookLimits limits, Sink sink) throws IOException {
        XlsxSheet.readFirstSheet(file, limits, new XlsxSheet.Rows() {
            @Override
            public void row(int number, List<SheetCell> cells) {
                for (SheetCell cell : cells) {
                    if (cell.formula() != null) {
                        sink.cellProblem(number, cell.column(), "=" + cell.formula(), Bilingual.of(
                                "单元格含公式，请复制后“选择性粘贴为数值”再导入",
                                "The cell holds a formula; paste it as a value before importing"));
                    } else if (cell.error()) {
                        sink.cellProblem(number, cell.column(), cell.value(), Bilingual.of(
                                "单元格含错误值 " + cell.value(), "The cell holds the error " + cell.value()));
                    }
                }
                sink.row(number, SheetCell.dense(cells, SheetCell::value));
            }

            @Override
            public void merged(String range) {
                CellReference first;
                try {
                    first = new CellReference(range.split(":")[0]);
                } catch (IllegalArgumentException unreadable) {
                    first = new CellReference(0, 0);
                }
                sink.cellProblem(first.getRow() + 1, first.getCol(), range, Bilingual.of(
                        "含合并单元格 " + range + "，请取消合并，每行每列填写一个值",
                        "Merged cells " + range + "; unmerge them, one value per cell"));
            }
        });
    }
}
