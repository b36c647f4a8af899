package cn.jixiao.evaluation.questionnaire;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.jixiao.uploads.WorkbookLimits;

/**
 * Reads a response file by its kind, told by its name: {@code .xlsx} or {@code .csv}. Either is read as a stream
 * under the limits below; a file breaking one is refused (400 or 413) naming it, before it could fill the heap.
 */
public final class ResponseFiles {

    /** Respondents of one questionnaire: far more than a street's survey ever reaches. */
    static final int MAX_RESPONDENTS = 50_000;
    /** Columns: every question, and the numbering, time and remark columns survey tools add. */
    static final int MAX_COLUMNS = 200;
    /** One answer; a free-text remark included. */
    static final int MAX_ANSWER_CHARS = 2_000;
    /** The text of all answers kept while the file is tallied (repeated answers such as 满意 are kept once). */
    static final long MAX_TEXT_CHARS = 4_000_000;
    /** The header, and blank or explanatory rows around the responses. */
    static final WorkbookLimits LIMITS = WorkbookLimits.of(MAX_RESPONDENTS + 1_000, MAX_COLUMNS)
            .withCellChars(MAX_ANSWER_CHARS);

    private ResponseFiles() {
    }

    public static ResponseTable read(String fileName, Path file) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxResponses.read(file);
        }
        if (name.endsWith(".csv")) {
            return CsvResponses.read(file);
        }
        throw new InvalidSurveyException(List.of("只能导入 .xlsx 或 .csv 文件，实为「" + fileName + "」 "
                + "(only .xlsx and .csv files can be imported)"));
    }
}
