package cn.jixiao.evaluation.overview;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * How the overview's rows are ordered, as the request writes it: {@code key} or {@code key,asc|desc}, e.g.
 * {@code rate,desc}. An empty value (no budget, no score, no light) is the lowest, first when ascending and last
 * when descending, as MongoDB orders them. Ties are broken by street, project code and evaluation id, always
 * ascending, so paging never shows a row twice.
 */
public record OverviewSort(Key key, boolean descending) {

    public static final OverviewSort DEFAULT = new OverviewSort(Key.STREET, false);

    /** The columns one may sort by, each with the order of its values. */
    public enum Key {
        STREET("street", Orders.by(shown -> shown.row().streetId())),
        PROJECT_CODE("projectCode", Orders.by(shown -> shown.row().projectCode())),
        /** In 拼音 order. */
        PROJECT_NAME("projectName", Orders.by(shown -> shown.row().nameOrder())),
        BUDGET("budget", Orders.by(shown -> shown.row().budget() == null ? null : shown.row().budget().amount())),
        EXECUTED("executed", Orders.by(shown -> shown.row().executed() == null ? null : shown.row().executed().amount())),
        RATE("rate", Orders.by(shown -> shown.row().rate())),
        SCORE("score", Orders.by(shown -> shown.row().selfScore())),
        REVIEW_SCORE("reviewScore", Orders.by(shown -> shown.row().reviewScore())),
        /** The grade that counts, 差 lowest and 优 highest, so {@code grade,desc} lists 优 first as {@code score,desc} does. */
        GRADE("grade", Orders.by(shown -> shown.row().grade() == null ? null : -shown.row().grade().ordinal())),
        /** By the spending progress the light is judged on: red lowest, green highest. */
        LIGHT("light", Orders.by(shown -> shown.monitoring() == null ? null : shown.monitoring().progress())),
        /** In workflow order: 草稿 first, 已定稿 last. */
        STATUS("status", Orders.by(shown -> shown.row().status()));

        private final String parameter;
        private final Comparator<ShownRow> order;

        Key(String parameter, Comparator<ShownRow> order) {
            this.parameter = parameter;
            this.order = order;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The orders of the keys' values, an empty value lowest. */
    private static final class Orders {

        static final Comparator<ShownRow> TIE_BREAK = by((ShownRow shown) -> shown.row().streetId())
                .thenComparing(by(shown -> shown.row().projectCode()))
                .thenComparing(shown -> shown.row().evaluationId());

        private Orders() {
        }

        static <T extends Comparable<? super T>> Comparator<ShownRow> by(Function<ShownRow, T> value) {
            return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
        }
    }

    /** The order of the rows: the key in the requested direction, then the tie-break. */
    Comparator<ShownRow> comparator() {
        return (descending ? key.order.reversed() : key.order).thenComparing(Orders.TIE_BREAK);
    }

    /** As the response repeats it, e.g. {@code rate,desc}. */
    String text() {
        return key.parameter() + (descending ? ",desc" : ",asc");
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
