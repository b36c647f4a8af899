package cn.jixiao.project.indicators;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a downloaded actuals workbook the way a street officer does in Excel. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Writes each indicator's actual (and note) into the row carrying its id. */
    public static byte[] filled(byte[] template, Map<String, String[]> actualAndNoteById) {
        return edited(template, sheet -> {
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] values = actualAndNoteById.get(row.getCell(0).getStringCellValue());
                if (values != null) {
                    row.getCell(5).setCellValue(values[0]);
                    if (values.length > 1 && values[1] != null) {
                        row.getCell(6).setCellValue(values[1]);
                    }
                }
            }
        });
    }

    public static byte[] edited(byte[] workbook, Consumer<Sheet> edit) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
