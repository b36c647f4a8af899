package cn.jixiao.project.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.uploads.WorkbookLimits;

/** Reads the rows of an uploaded ledger file one at a time, without holding the whole file in memory. */
interface SheetRows {

    /** Hands every row of the file's first sheet to {@code sink}, in order, refusing the file beyond {@code limits}. */
    void read(Path file, WorkbookLimits limits, Sink sink) throws IOException;

    /** Receives the rows of a file as they are read. */
    interface Sink {

        /**
         * One row as the spreadsheet shows it.
         *
         * @param number the row number (1 for the first row)
         * @param cells  the cells' text from column A on; a missing cell is an empty string
         */
        void row(int number, List<String> cells);

        /** A cell the file format itself makes unusable: a formula, a merged range, an error value. */
        void cellProblem(int row, int column, String value, Bilingual reason);
    }
}
