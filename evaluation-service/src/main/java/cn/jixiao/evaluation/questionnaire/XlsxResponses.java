package cn.jixiao.evaluation.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.uploads.SheetCell;
import cn.jixiao.uploads.XlsxSheet;

/**
 * Reads an XLSX response file as a stream: the first sheet, its first non-blank row as the header. Cells are read
 * as Excel shows them; a row holding an error value (#N/A, #REF!, … also as a formula's result) is unreadable.
 */
final class XlsxResponses {

    private XlsxResponses() {
    }

    static ResponseTable read(Path file) {
        ResponseRows rows = new ResponseRows();
        try {
            XlsxSheet.readFirstSheet(file, ResponseFiles.LIMITS, (number, cells) -> {
                SheetCell error = cells.stream().filter(SheetCell::error).reduce((first, last) -> last).orElse(null);
                if (error != null && !rows.awaitsHeader()) {
                    rows.unreadable(number, "第" + (error.column() + 1) + "列是公式错误 " + error.value());
                } else {
                    rows.row(number, SheetCell.dense(cells, SheetCell::shown));
                }
            });
        } catch (IOException notAWorkbook) {
            throw new InvalidSurveyException(List.of("无法按 XLSX 读取该文件，请确认是 Excel 2007 及以上格式的工作簿 "
                    + "(the file is not a readable XLSX workbook)"));
        }
        ResponseTable table = rows.table();
        if (table == null) {
            throw new InvalidSurveyException(List.of("工作表中没有表头和数据 (the first sheet is empty)"));
        }
        return table;
    }
}
