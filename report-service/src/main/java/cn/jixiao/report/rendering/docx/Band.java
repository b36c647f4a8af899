package cn.jixiao.report.rendering.docx;

import java.util.Arrays;
import java.util.List;

/**
 * The column widths, in twips, of a group of table rows that share their columns, such as the 自评表's funds
 * block or its indicator rows. A form's bands split the width differently; {@link DocxTable} lays them on one
 * grid so that every band keeps its own widths in a single table, as the national form is printed.
 */
record Band(int[] widths) {

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
     * Shares {@code total} out by how wide each column's longest text is (a CJK character counts twice a Latin
     * one), within limits so a short column stays legible and a long one wraps instead of crowding the rest.
     */
    static Band fitting(int total, List<List<String>> rows) {
        int[] weights = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < weights.length; column++) {
                weights[column] = Math.max(weights[column], halfWidths(row.get(column)));
            }
        }
        for (int column = 0; column < weights.length; column++) {
            weights[column] = Math.min(Math.max(weights[column], 6), 36);
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
