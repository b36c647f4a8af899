package cn.jixiao.project.ledger;

import cn.jixiao.problems.Bilingual;

/**
 * What is wrong with one cell (or one row, when {@code column} is null) of an uploaded ledger file.
 *
 * @param row    the row number as the spreadsheet shows it (the header is row 1)
 * @param column the column, or {@code null} when the problem is the row as a whole
 * @param value  the cell's content as uploaded
 */
record RowProblem(int row, LedgerColumn column, String value, Bilingual reason) {

    /** The cell reference, e.g. {@code B7}, or the row number alone for a row-wide problem. */
    String cell() {
        return column == null ? String.valueOf(row) : column.letter() + row;
    }
}
