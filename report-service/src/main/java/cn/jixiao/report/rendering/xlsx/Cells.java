package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;
import java.util.function.ToDoubleFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes one styled cell: text, or a number converted from its exact decimal, left blank when unknown. */
final class Cells {

    private Cells() {
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A numeric cell, or a blank one (still bordered) when the value is unknown, e.g. 执行率 without a budget. */
    static <T> void number(Row row, int column, T value, ToDoubleFunction<T> exactToCell, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(exactToCell.applyAsDouble(value));
        }
    }

    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        number(row, column, value, ExcelNumbers::decimal, style);
    }
}
