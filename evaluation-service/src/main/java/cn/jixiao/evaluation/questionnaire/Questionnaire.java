package cn.jixiao.evaluation.questionnaire;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A satisfaction questionnaire (调查问卷) and the rule that turns its answers into a satisfaction rate.
 *
 * <p>The rule: one question decides (usually the overall-satisfaction question). A respondent is <em>valid</em>
 * when their answer to it is one of its scale's answers, and <em>satisfied</em> when that answer counts as
 * satisfied; 满意度 = satisfied ÷ valid respondents. A questionnaire returned without a usable answer to the
 * deciding question is invalid and counts in neither. The other questions are tallied for the 问卷分析 (how many
 * valid respondents chose each answer) but do not change the rate.
 *
 * @param indicatorId      the satisfaction indicator (满意度指标) whose 实际完成值 the rate becomes
 * @param decidingQuestion the number of the question that decides satisfaction; 1 unless said otherwise
 */
@Schema(description = "满意度调查问卷：由决定题的回答判断有效与满意 / a satisfaction questionnaire; the deciding "
        + "question's answer makes a respondent valid and satisfied or not")
public record Questionnaire(String title, String indicatorId, List<Question> questions, int decidingQuestion) {

    public Questionnaire {
        questions = questions == null ? List.of() : List.copyOf(questions);
        decidingQuestion = decidingQuestion == 0 ? 1 : decidingQuestion;
    }

    /** A questionnaire that can be answered, or {@link InvalidSurveyException} listing every problem. */
    public static Questionnaire of(String title, String indicatorId, List<Question> questions, Integer decidingQuestion) {
        Questionnaire questionnaire = new Questionnaire(title, indicatorId, questions,
                decidingQuestion == null ? 1 : decidingQuestion);
        List<String> problems = questionnaire.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSurveyException(problems);
        }
        return questionnaire;
    }

    public Question deciding() {
        return questions.stream().filter(question -> question.number() == decidingQuestion).findFirst()
                .orElseThrow(() -> new IllegalStateException("No question " + decidingQuestion));
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("问卷缺少标题 (no title)");
        }
        if (indicatorId == null || indicatorId.isBlank()) {
            problems.add("未指定问卷对应的满意度指标 (no satisfaction indicator)");
        }
        if (questions.isEmpty()) {
            problems.add("问卷没有题目 (no questions)");
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).number() != i + 1) {
                problems.add("题号应从 1 起依次编排 (questions must be numbered 1, 2, … in order)");
                break;
            }
        }
        questions.forEach(question -> problems.addAll(question.problems()));
        if (questions.stream().noneMatch(question -> question.number() == decidingQuestion)) {
            problems.add("决定满意度的第" + decidingQuestion + "题不存在 (the deciding question does not exist)");
        }
        return problems;
    }
}
