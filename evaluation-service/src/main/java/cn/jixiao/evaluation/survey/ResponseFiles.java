package cn.jixiao.evaluation.survey;

import java.util.List;
import java.util.Locale;

/** Reads a response file by its kind, told by its name: {@code .xlsx} or {@code .csv}. */
public final class ResponseFiles {

    private ResponseFiles() {
    }

    public static ResponseTable read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxResponses.read(content);
        }
        if (name.endsWith(".csv")) {
            return CsvResponses.read(content);
        }
        throw new InvalidSurveyException(List.of("只能导入 .xlsx 或 .csv 文件，实为「" + fileName + "」 "
                + "(only .xlsx and .csv files can be imported)"));
    }
}
