package cn.jixiao.evaluation.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an XLSX response file: the first sheet, its first non-blank row as the header. Cells are read as Excel
 * shows them; a row holding a formula error (#N/A, #REF!, …) in a cell is unreadable.
 */
final class XlsxResponses {

    private XlsxResponses() {
    }

    static ResponseTable read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = null;
            List<ResponseTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                int number = row.getRowNum() + 1;
                List<String> cells = new ArrayList<>();
                String unreadable = null;
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    Cell cell = row.getCell(column);
                    if (cell != null && (cell.getCellType() == CellType.ERROR || cell.getCellType() == CellType.FORMULA
                            && cell.getCachedFormulaResultType() == CellType.ERROR)) {
                        unreadable = "第" + (column + 1) + "列是公式错误 " + formatter.formatCellValue(cell);
                    }
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (header == null) {
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        header = cells;
                    }
                } else {
                    rows.add(unreadable == null ? ResponseTable.Row.read(number, cells)
                            : ResponseTable.Row.unreadable(number, unreadable));
                }
            }
            if (header == null) {
                throw new InvalidSurveyException(List.of("工作表中没有表头和数据 (the first sheet is empty)"));
            }
            return new ResponseTable(header, rows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidSurveyException invalid) {
                throw invalid;
            }
            throw new InvalidSurveyException(List.of("无法按 XLSX 读取该文件，请确认是 Excel 2007 及以上格式的工作簿 "
                    + "(the file is not a readable XLSX workbook)"));
        }
    }
}
