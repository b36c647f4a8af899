package cn.jixiao.evaluation.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a response file answers which question. A header names its question by its text ("您对……的
 * 总体满意度"), its number ("1", "Q1", "第1题"), or both ("1. 您对……", "1、您对……"); blanks and full-width
 * punctuation differences are ignored. Columns naming no question (序号, 填写时间, …) are left out.
 */
final class Columns {

    private static final Pattern NUMBERED = Pattern.compile("^(?:第|Q|q|题)?(\\d+)(?:题)?[.．、:：)）\\s]*(.*)$");

    private Columns() {
    }

    /** Question number → column index; refuses a header that names no question, the deciding one, or one twice. */
    static Map<Integer, Integer> match(Questionnaire questionnaire, List<String> header) {
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            Optional<Question> question = questionOf(questionnaire, header.get(column));
            if (question.isEmpty()) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(question.get().number(), column);
            if (earlier != null) {
                problems.add(question.get().label() + "对应了多列（第" + (earlier + 1) + "列和第" + (column + 1)
                        + "列） (two columns answer the same question)");
            }
        }
        if (columns.isEmpty()) {
            problems.add("表头中没有可识别的题目列：表头应为题目原文或题号（如 1、Q1、第1题），实为 " + header
                    + " (no column header names a question by its text or number)");
        } else if (!columns.containsKey(questionnaire.decidingQuestion())) {
            problems.add("缺少决定满意度的" + questionnaire.deciding().label() + "一列 (no column for the deciding question)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSurveyException(problems);
        }
        return columns;
    }

    private static Optional<Question> questionOf(Questionnaire questionnaire, String header) {
        String name = normalized(header);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Question question : questionnaire.questions()) {
            if (name.equals(normalized(question.text()))) {
                return Optional.of(question);
            }
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches() && numbered.group(1).length() <= 3) {
            int number = Integer.parseInt(numbered.group(1));
            String rest = numbered.group(2);
            return questionnaire.questions().stream()
                    .filter(question -> question.number() == number)
                    .filter(question -> rest.isEmpty() || rest.equals(normalized(question.text())))
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Without blanks, a byte-order mark or the difference between full-width and half-width punctuation. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\uFEFF", "").replaceAll("\\s+", "")
                .replace('（', '(').replace('）', ')').replace('？', '?').replace('，', ',').replace('：', ':');
    }
}
