package cn.jixiao.uploads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One cell of an uploaded sheet.
 *
 * @param column  zero-based (A is 0)
 * @param value   what the file stores: the text, the number as written ({@code 45292} for a date), TRUE or FALSE
 * @param shown   as Excel shows it, by the cell's number format ({@code 98%}, {@code 2024-01-01}); the value for text
 * @param formula the formula without its {@code =}, or {@code null} when the cell holds none
 * @param error   whether the cell holds an error value such as {@code #N/A}
 */
public record SheetCell(int column, String value, String shown, String formula, boolean error) {

    /** The cells of a row from column A on, a missing cell as an empty string, read by {@code text}. */
    public static List<String> dense(List<SheetCell> cells, Function<SheetCell, String> text) {
        int width = cells.stream().mapToInt(SheetCell::column).max().orElse(-1) + 1;
        List<String> row = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            row.add("");
        }
        for (SheetCell cell : cells) {
            row.set(cell.column(), text.apply(cell));
        }
        return row;
    }
}
