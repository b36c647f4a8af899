package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Which of the visible rows the table shows, as the request writes it. Every part is optional; the parts combine
 * with AND, the values of one list with OR. An empty set means "any". The totals and counts of the summary never
 * follow the filter: they are always those of everything the caller may see.
 *
 * @param streetId   one street, {@code null} for all
 * @param statuses   workflow statuses, e.g. SUBMITTED and UNDER_REVIEW for the review queue
 * @param grades     grades that count (the 复核 grade once set); {@code ungraded} adds the rows without one
 * @param lights     monitoring lights as of the requested month, NONE for a row without one
 * @param minScore   lowest grade-deciding score (the 复核 total once set, else the self-score), inclusive
 * @param maxScore   highest grade-deciding score, inclusive; a row without a score never matches a score range
 * @param text       a part of the project's name or code, case-insensitive, {@code null} for any
 */
record OverviewFilter(String streetId, Set<EvaluationStatus> statuses, Set<Grade> grades, boolean ungraded,
                      Set<OverviewLight> lights, BigDecimal minScore, BigDecimal maxScore, String text) {

    static final OverviewFilter NONE = new OverviewFilter(null, Set.of(), Set.of(), false, Set.of(), null, null, null);

    OverviewFilter {
        statuses = Set.copyOf(statuses);
        grades = Set.copyOf(grades);
        lights = Set.copyOf(lights);
    }

    /** Reads the request's filter parameters; anything unknown or out of range is a 400. */
    static OverviewFilter parse(String streetId, String status, String grade, String light, BigDecimal minScore,
                                BigDecimal maxScore, String q) {
        Set<EvaluationStatus> statuses = EnumSet.noneOf(EvaluationStatus.class);
        for (String name : items(status)) {
            statuses.add(valueOf(EvaluationStatus.values(), name, "status", "状态", EvaluationStatus::name));
        }
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        boolean ungraded = false;
        for (String name : items(grade)) {
            if (name.equals(OverviewSummary.UNGRADED)) {
                ungraded = true;
            } else {
                grades.add(valueOf(Grade.values(), name, "grade", "等级", Grade::name));
            }
        }
        Set<OverviewLight> lights = EnumSet.noneOf(OverviewLight.class);
        for (String name : items(light)) {
            lights.add(valueOf(OverviewLight.values(), name, "light", "监控灯", OverviewLight::name));
        }
        if (minScore != null && maxScore != null && minScore.compareTo(maxScore) > 0) {
            throw invalid("minScore", "最低分不能高于最高分（" + minScore.toPlainString() + " > " + maxScore.toPlainString() + "）",
                    "minScore " + minScore.toPlainString() + " is above maxScore " + maxScore.toPlainString(), List.of());
        }
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        String street = streetId == null || streetId.isBlank() ? null : streetId.strip();
        return new OverviewFilter(street, statuses, grades, ungraded, lights, minScore, maxScore, text);
    }

    /** Whether the row is shown; {@code light} is the row's light as of the requested month. */
    boolean matches(BoardRow row, OverviewLight light) {
        if (streetId != null && !streetId.equals(row.streetId())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(row.status())) {
            return false;
        }
        if ((!grades.isEmpty() || ungraded) && !(row.grade() == null ? ungraded : grades.contains(row.grade()))) {
            return false;
        }
        if (!lights.isEmpty() && !lights.contains(light)) {
            return false;
        }
        if (minScore != null || maxScore != null) {
            BigDecimal score = row.gradingScore();
            if (score == null || minScore != null && score.compareTo(minScore) < 0
                    || maxScore != null && score.compareTo(maxScore) > 0) {
                return false;
            }
        }
        return text == null || contains(row.projectName(), text) || contains(row.projectCode(), text);
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    /** The values of a comma list, without blanks: {@code "SUBMITTED, UNDER_REVIEW"} is two. */
    private static List<String> items(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E> E valueOf(E[] values, String name, String parameter, String zh, Function<E, String> nameOf) {
        return Arrays.stream(values).filter(value -> nameOf.apply(value).equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> {
                    List<String> allowed = Arrays.stream(values).map(nameOf)
                            .collect(Collectors.toCollection(ArrayList::new));
                    if (parameter.equals("grade")) {
                        allowed.add(OverviewSummary.UNGRADED);
                    }
                    return invalid(parameter, zh + "「" + name + "」无效，可选：" + String.join("、", allowed),
                            parameter + " \"" + name + "\" is invalid; use one or more of: " + String.join(", ", allowed),
                            allowed);
                });
    }

    private static ProblemException invalid(String parameter, String zh, String en, List<String> allowed) {
        ProblemException problem = new ProblemException(HttpStatus.BAD_REQUEST, "invalid-filter",
                Bilingual.of("筛选条件无效", "Invalid filter"), Bilingual.of(zh, en)).with("parameter", parameter);
        return allowed.isEmpty() ? problem : problem.with("allowed", allowed);
    }
}
