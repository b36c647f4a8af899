package cn.jixiao.evaluation.questionnaire;

import java.util.Collection;
import java.util.List;

/**
 * A response file as read: its header and its rows, one per respondent, whatever the format.
 *
 * @param header the first non-blank row's cells
 * @param rows   the rows after it
 */
public record ResponseTable(List<String> header, List<Row> rows) {

    public ResponseTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * @param number     the row number as a spreadsheet shows it (the header is row 1 when it is the first)
     * @param cells      the cells, in the header's column order; {@code null} cells are empty
     * @param unreadable why the row could not be read, {@code null} when it could
     */
    public record Row(int number, List<String> cells, String unreadable) {

        public static Row read(int number, List<String> cells) {
            return new Row(number, cells, null);
        }

        public static Row unreadable(int number, String why) {
            return new Row(number, List.of(), why);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }

        /** Readable, with nothing in these columns: a row numbered in advance but never filled in. */
        public boolean isBlankIn(Collection<Integer> columns) {
            return unreadable == null && columns.stream().map(this::cell).allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
