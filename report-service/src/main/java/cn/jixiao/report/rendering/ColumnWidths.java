package cn.jixiao.report.rendering;

import java.util.Arrays;
import java.util.List;

/**
 * How a body table of the report shares its width among its columns, the same in the PDF, the HTML and Word: each
 * column's need is its longest text on one line (a CJK character counts two half-widths, capped at
 * {@link #MOST_HALF_WIDTHS} so a long text wraps instead of crowding the rest) plus the cell's padding. When all
 * needs fit, the spare width is shared in proportion; when they do not, the columns of short texts (numbers,
 * scores) keep their need and the long ones share what is left, but never below {@link #LEAST_HALF_WIDTHS}: a
 * label such as 产出指标 or 数量指标 stays on one line instead of being broken one character a line.
 *
 * <p>Widths are in whatever unit the caller measures in (twips for Word, hundredths of a point for the PDF), and
 * always add up to the total exactly.
 */
public final class ColumnWidths {

    /** About 18 CJK characters: beyond that a column's text wraps. */
    static final int MOST_HALF_WIDTHS = 36;
    /** Four CJK characters, the length of 一级指标 and most 二级指标 names. */
    static final int LEAST_HALF_WIDTHS = 8;

    private ColumnWidths() {
    }

    /** Shares {@code total} out in proportion to {@code weights}, the last column taking the rounding rest. */
    public static int[] proportional(int total, int... weights) {
        long sum = Arrays.stream(weights).asLongStream().sum();
        int[] widths = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            widths[i] = (int) (total * (long) weights[i] / sum);
            given += widths[i];
        }
        widths[weights.length - 1] = total - given;
        return widths;
    }

    /**
     * The widths of the columns of {@code rows} (the header row included) in {@code total}.
     *
     * @param unitsPerHalfWidth the width of half a CJK character (a digit or Latin letter) at the table's type size
     * @param padding           a cell's left and right padding together, in the same unit
     */
    public static int[] fitting(int total, List<List<String>> rows, int unitsPerHalfWidth, int padding) {
        int columns = rows.get(0).size();
        int[] needs = new int[columns];
        int[] floors = new int[columns];
        for (List<String> row : rows) {
            for (int column = 0; column < columns; column++) {
                int halfWidths = Math.min(halfWidths(row.get(column)), MOST_HALF_WIDTHS);
                needs[column] = Math.max(needs[column], halfWidths * unitsPerHalfWidth + padding);
            }
        }
        for (int column = 0; column < columns; column++) {
            floors[column] = Math.min(needs[column], LEAST_HALF_WIDTHS * unitsPerHalfWidth + padding);
        }
        int needed = Arrays.stream(needs).sum();
        if (needed <= total) {
            return proportional(total, needs);
        }
        int fair = total / columns;
        int shortColumns = Arrays.stream(needs).filter(need -> need <= fair).sum();
        int[] weights = needs.clone();
        for (int column = 0; column < columns; column++) {
            if (needs[column] > fair) {
                weights[column] = (int) ((long) needs[column] * (total - shortColumns) / (needed - shortColumns));
            }
        }
        return raisedToFloors(proportional(total, weights), floors);
    }

    /**
     * Gives every column below its floor its floor, taken from the columns above theirs in proportion to what they
     * have above it. When the floors alone overflow the total, the widths are left as they were.
     */
    private static int[] raisedToFloors(int[] widths, int[] floors) {
        int total = Arrays.stream(widths).sum();
        if (Arrays.stream(floors).sum() > total) {
            return widths;
        }
        int deficit = 0;
        int slack = 0;
        for (int column = 0; column < widths.length; column++) {
            deficit += Math.max(0, floors[column] - widths[column]);
            slack += Math.max(0, widths[column] - floors[column]);
        }
        if (deficit == 0) {
            return widths;
        }
        int[] weights = new int[widths.length];
        for (int column = 0; column < widths.length; column++) {
            int above = Math.max(0, widths[column] - floors[column]);
            weights[column] = Math.max(floors[column], widths[column] - (int) ((long) above * deficit / slack));
        }
        return proportional(total, weights);
    }

    private static int halfWidths(String text) {
        return text.codePoints().map(point -> point < 0x2E80 ? 1 : 2).sum();
    }
}
