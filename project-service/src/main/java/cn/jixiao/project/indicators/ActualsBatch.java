package cn.jixiao.project.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.problems.ProblemHandling.FieldProblem;

/**
 * Reads the lines of a JSON batch of actuals against the indicators, all or nothing: every line must name an
 * indicator of the tree once, with an actual {@link ActualRules} can read and a 偏差原因分析及改进措施 within its
 * length. A refusal lists every bad line, by field ({@code errors}, e.g. {@code actuals[2].actual}) and by line,
 * indicator and column of the form ({@code cells}), as a refused indicator tree does.
 */
final class ActualsBatch {

    /** More lines than any indicator tree holds (a tree has at most 200). */
    static final int MAX_LINES = 200;

    private ActualsBatch() {
    }

    /** One line read: the indicator's id, its actual as it counts, and the note ({@code null} when blank). */
    record Entry(String indicatorId, ActualReading actual, String deviationNote) {
    }

    /** The lines read in the order sent, or a refusal naming each bad one. */
    static List<Entry> read(List<ReportActuals.Line> lines, List<Indicator> indicators) {
        Map<String, Indicator> byId = indicators.stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        LineProblems problems = new LineProblems();
        for (int i = 0; i < lines.size(); i++) {
            ReportActuals.Line line = lines.get(i);
            String id = line.indicatorId() == null ? "" : line.indicatorId().strip();
            String actual = line.actual() == null ? "" : line.actual().strip();
            String note = line.deviationNote() == null || line.deviationNote().isBlank() ? null : line.deviationNote().strip();
            Indicator indicator = byId.get(id);
            String name = indicator == null ? id : indicator.name();
            int before = problems.size();
            if (id.isEmpty()) {
                problems.add(i, name, "indicatorId", "指标编号", id,
                        Bilingual.of("缺少指标编号", "The indicator id is missing"));
            } else if (indicator == null) {
                problems.add(i, name, "indicatorId", "指标编号", id,
                        Bilingual.of("本项目没有这个指标", "The project has no such indicator"));
            } else if (!seen.add(id)) {
                problems.add(i, name, "indicatorId", "指标编号", id,
                        Bilingual.of("该指标在本次填报中出现了不止一次", "This indicator is listed more than once"));
            }
            if (note != null && note.length() > ReportedActual.MAX_NOTE_LENGTH) {
                problems.add(i, name, "deviationNote", "偏差原因分析及改进措施", note.substring(0, 50) + "…",
                        Bilingual.of("不超过 " + ReportedActual.MAX_NOTE_LENGTH + " 字",
                                "at most " + ReportedActual.MAX_NOTE_LENGTH + " characters"));
            }
            if (actual.isEmpty()) {
                problems.add(i, name, "actual", "实际完成值", actual, Bilingual.of(
                        "实际完成值为空；尚未填报的指标请不要列入", "The actual is blank; leave out lines not reported yet"));
            } else if (indicator != null) {
                try {
                    ActualReading read = ActualRules.read(indicator, actual);
                    if (problems.size() == before) {
                        entries.add(new Entry(id, read, note));
                    }
                } catch (UnreadableValue unreadable) {
                    problems.add(i, name, "actual", "实际完成值", actual, unreadable.reason());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw problems.refusal();
        }
        return entries;
    }

    /** The problems of every line, each by field and by cell of the form. */
    private static final class LineProblems {

        private final List<FieldProblem> fields = new ArrayList<>();
        private final List<IndicatorRules.CellProblem> cells = new ArrayList<>();
        private final Set<Integer> lines = new HashSet<>();

        void add(int index, String name, String field, String column, String value, Bilingual reason) {
            Bilingual named = Bilingual.of("第 " + (index + 1) + " 行“" + name + "”的" + column + "：" + reason.zh(),
                    "Line " + (index + 1) + " \"" + name + "\", " + field + ": " + reason.en());
            fields.add(new FieldProblem("actuals[" + index + "]." + field, named.combined(), value));
            cells.add(new IndicatorRules.CellProblem(index + 1, name, column, value, named.combined()));
            lines.add(index);
        }

        int size() {
            return fields.size();
        }

        boolean isEmpty() {
            return fields.isEmpty();
        }

        ProblemException refusal() {
            return new ProblemException(HttpStatus.BAD_REQUEST, "actuals-rejected",
                    Bilingual.of("实际完成值未保存", "Actual values not saved"),
                    Bilingual.of("有 " + lines.size() + " 行需要修改，本次填报均未保存，详见 errors 和 cells",
                            lines.size() + " line(s) need fixing; nothing was saved, see errors and cells"))
                    .with("errors", fields)
                    .with("cells", cells);
        }
    }
}
