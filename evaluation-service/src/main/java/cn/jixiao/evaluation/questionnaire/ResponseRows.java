package cn.jixiao.evaluation.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.uploads.UploadRefusals;

/**
 * Collects a response file's header and rows as they stream by, whatever the format. Answers repeat (满意, 一般,
 * 1, 2 …): each distinct one is kept once, and all the text kept is counted against
 * {@link ResponseFiles#MAX_TEXT_CHARS}, so a table held for tallying stays small whatever the file.
 */
final class ResponseRows {

    /** Distinct answers shared between rows; free text beyond this is kept as it comes. */
    private static final int SHARED_ANSWERS = 10_000;

    private final Map<String, String> shared = new HashMap<>();
    private final List<ResponseTable.Row> rows = new ArrayList<>();
    private List<String> header;
    private long chars;

    /** Until a row with any text arrives, rows are not counted: that row is the header. */
    boolean awaitsHeader() {
        return header == null;
    }

    List<String> header() {
        return header;
    }

    void row(int number, List<String> cells) {
        if (header == null) {
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                header = kept(cells);
            }
            return;
        }
        rows.add(ResponseTable.Row.read(number, kept(cells)));
    }

    void unreadable(int number, String why) {
        rows.add(ResponseTable.Row.unreadable(number, why));
    }

    /** The table read, or {@code null} when no row had any text. */
    ResponseTable table() {
        return header == null ? null : new ResponseTable(header, rows);
    }

    private List<String> kept(List<String> cells) {
        List<String> kept = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String known = shared.get(cell);
            if (known == null) {
                chars += cell.length();
                if (chars > ResponseFiles.MAX_TEXT_CHARS) {
                    throw UploadRefusals.tooMuchText(ResponseFiles.MAX_TEXT_CHARS);
                }
                if (shared.size() < SHARED_ANSWERS) {
                    shared.put(cell, cell);
                }
                known = cell;
            }
            kept.add(known);
        }
        return kept;
    }
}
