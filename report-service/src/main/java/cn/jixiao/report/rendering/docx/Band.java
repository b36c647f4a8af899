package cn.jixiao.report.rendering.docx;

import java.util.Arrays;
import java.util.List;

/**
 * The column widths, in twips, of a group of table rows that share their columns, such as the 自评表's funds
 * block or its indicator rows. A form's bands split the width differently; {@link DocxTable} lays them on one
 * grid so that every band keeps its own widths in a single table, as the national form is printed.
 */
record Band(int[] widths) {

    /** About 18 CJK characters: beyond that a column's text wraps. */
    private static final int MAX_HALF_WIDTHS = 36;

    Band {
        widths = widths.clone();
        if (widths.length == 0 || Arrays.stream(widths).anyMatch(width -> width <= 0)) {
            throw new IllegalArgumentException("A band needs positive widths: " + Arrays.toString(widths));
        }
    }

    static Band of(int... widths) {
        return new Band(widths);
    }

    /** Shares {@code total} out in proportion to {@code weights}, the last column taking the rounding rest. */
    static Band proportional(int total, int... weights) {
        int sum = Arrays.stream(weights).sum();
        int[] widths = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            widths[i] = total * weights[i] / sum;
            given += widths[i];
        }
        widths[weights.length - 1] = total - given;
        return new Band(widths);
    }

    /**
     * Column widths that fit each column's longest text on one line where the width allows: a column's need is its
     * longest text (a CJK character counts two half-widths, capped so a long text wraps instead of crowding the
     * rest) plus the cell's padding. When all needs fit, the spare width is shared in proportion; when they do
     * not, the columns of short texts (numbers, scores) keep their need and the long ones share what is left.
     */
    static Band fitting(int total, List<List<String>> rows, int twipsPerHalfWidth, int padding) {
        int[] needs = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < needs.length; column++) {
                int halfWidths = Math.min(halfWidths(row.get(column)), MAX_HALF_WIDTHS);
                needs[column] = Math.max(needs[column], halfWidths * twipsPerHalfWidth + padding);
            }
        }
        int needed = Arrays.stream(needs).sum();
        if (needed <= total) {
            return proportional(total, needs);
        }
        int fair = total / needs.length;
        int shortColumns = Arrays.stream(needs).filter(need -> need <= fair).sum();
        int[] weights = needs.clone();
        for (int column = 0; column < needs.length; column++) {
            if (needs[column] > fair) {
                weights[column] = needs[column] * (total - shortColumns) / (needed - shortColumns);
            }
        }
        return proportional(total, weights);
    }

    private static int halfWidths(String text) {
        return text.codePoints().map(point -> point < 0x2E80 ? 1 : 2).sum();
    }

    int columns() {
        return widths.length;
    }

    int total() {
        return Arrays.stream(widths).sum();
    }

    /** Where column {@code column} starts, from the table's left edge; {@code columns()} gives the right edge. */
    int offset(int column) {
        int offset = 0;
        for (int i = 0; i < column; i++) {
            offset += widths[i];
        }
        return offset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Band band && Arrays.equals(widths, band.widths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths);
    }

    @Override
    public String toString() {
        return "Band" + Arrays.toString(widths);
    }
}
