package cn.jixiao.report.rendering.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A rendered workbook re-opened with POI. */
final class RenderedXlsx implements AutoCloseable {

    final XSSFWorkbook workbook;

    RenderedXlsx(byte[] bytes) {
        try {
            this.workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("The XLSX does not re-open", e);
        }
    }

    XSSFSheet projects() {
        return workbook.getSheet("项目汇总");
    }

    XSSFSheet distribution() {
        return workbook.getSheet("等级分布");
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            texts.add(row.getCell(column).getStringCellValue());
        }
        return texts;
    }

    /** The number a numeric cell holds, read back as the decimal it shows (the shortest that gives the double). */
    static BigDecimal number(Cell cell) {
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(cell.getAddress() + " is " + cell.getCellType() + ", not a number");
        }
        return new BigDecimal(Double.toString(cell.getNumericCellValue()));
    }

    static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
