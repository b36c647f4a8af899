package cn.jixiao.evaluation.overview;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * How the overview's rows are ordered, as the request writes it: {@code key} or {@code key,asc|desc}, e.g.
 * {@code rate,desc}. Ties are broken by street and project code, so paging never shows a row twice.
 */
public record OverviewSort(Key key, boolean descending) {

    public static final OverviewSort DEFAULT = new OverviewSort(Key.STREET, false);

    /** The columns one may sort by, with the field of the aggregated row that holds them. */
    public enum Key {
        STREET("street", "streetId"),
        PROJECT_CODE("projectCode", "projectCode"),
        BUDGET("budget", "budget"),
        RATE("rate", "rate"),
        SCORE("score", "selfScore"),
        STATUS("status", "statusOrder");

        private final String parameter;
        private final String field;

        Key(String parameter, String field) {
            this.parameter = parameter;
            this.field = field;
        }

        public String parameter() {
            return parameter;
        }

        /** The field of the aggregated row. */
        public String field() {
            return field;
        }
    }

    /** Reads the request's {@code sort}; blank means the default order, anything unknown is a 400. */
    public static OverviewSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.strip().split(",", -1);
        Key key = Arrays.stream(Key.values()).filter(candidate -> candidate.parameter.equalsIgnoreCase(parts[0].strip()))
                .findFirst().orElseThrow(() -> invalid(text));
        if (parts.length == 1) {
            return new OverviewSort(key, false);
        }
        String direction = parts[1].strip().toLowerCase(Locale.ROOT);
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw invalid(text);
        }
        return new OverviewSort(key, direction.equals("desc"));
    }

    private static ProblemException invalid(String text) {
        String allowed = Arrays.stream(Key.values()).map(Key::parameter).collect(Collectors.joining(", "));
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-sort",
                Bilingual.of("排序参数无效", "Invalid sort"),
                Bilingual.of("排序参数「" + text + "」无效，应为 字段 或 字段,asc|desc，字段可选：" + allowed,
                        "Sort \"" + text + "\" is invalid; use field or field,asc|desc with field one of: " + allowed))
                .with("allowed", Arrays.stream(Key.values()).map(Key::parameter).toList());
    }
}
