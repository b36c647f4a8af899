package cn.jixiao.evaluation.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One question of a satisfaction questionnaire, answered on a scale (best first).
 *
 * @param number           1, 2, …: its place in the questionnaire; a response file may name its column by it
 * @param text             the question as printed; a response file may name its column by it
 * @param scale            the answers offered, best first; the five-level scale unless the questionnaire says otherwise
 * @param satisfiedAnswers the answers that count as satisfied; the top two of the scale unless said otherwise
 */
@Schema(description = "一道题及其选项 / a question and its scale")
public record Question(int number, String text, List<String> scale, List<String> satisfiedAnswers) {

    /** 非常满意, 满意, 一般, 不满意, 非常不满意. */
    public static final List<String> FIVE_LEVELS = List.of("非常满意", "满意", "一般", "不满意", "非常不满意");

    public Question {
        scale = scale == null || scale.isEmpty() ? FIVE_LEVELS : scale.stream().map(Question::trimmed).toList();
        satisfiedAnswers = satisfiedAnswers == null || satisfiedAnswers.isEmpty()
                ? List.copyOf(scale.subList(0, Math.min(2, scale.size())))
                : satisfiedAnswers.stream().map(Question::trimmed).toList();
    }

    /** The scale's answer this cell gives, ignoring surrounding blanks; {@code null} when it gives none. */
    public String answerIn(String cell) {
        String answer = trimmed(cell);
        return answer != null && scale.contains(answer) ? answer : null;
    }

    public boolean countsAsSatisfied(String answer) {
        return satisfiedAnswers.contains(answer);
    }

    /** E.g. "第1题（您对……的总体满意度）". */
    public String label() {
        return "第" + number + "题（" + text + "）";
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("第" + number + "题缺少题目 (question " + number + " has no text)");
        }
        if (scale.stream().anyMatch(answer -> answer == null || answer.isEmpty())) {
            problems.add(label() + "的选项不能为空 (blank answer on the scale)");
        } else if (new HashSet<>(scale).size() != scale.size()) {
            problems.add(label() + "的选项重复 (an answer is listed twice on the scale)");
        }
        if (satisfiedAnswers.isEmpty()) {
            problems.add(label() + "未设定计为满意的选项 (no answer counts as satisfied)");
        }
        for (String answer : satisfiedAnswers) {
            if (!scale.contains(answer)) {
                problems.add(label() + "计为满意的选项「" + answer + "」不在选项中 (satisfied answer not on the scale)");
            }
        }
        return problems;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
