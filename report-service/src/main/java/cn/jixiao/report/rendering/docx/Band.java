package cn.jixiao.report.rendering.docx;

import java.util.Arrays;
import java.util.List;

import cn.jixiao.report.rendering.ColumnWidths;

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
        return new Band(ColumnWidths.proportional(total, weights));
    }

    /** Column widths for a body table's texts, by the rule every format shares ({@link ColumnWidths#fitting}). */
    static Band fitting(int total, List<List<String>> rows, int twipsPerHalfWidth, int padding) {
        return new Band(ColumnWidths.fitting(total, rows, twipsPerHalfWidth, padding));
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
