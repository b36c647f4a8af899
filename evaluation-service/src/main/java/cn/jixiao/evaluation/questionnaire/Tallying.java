package cn.jixiao.evaluation.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the answers to a questionnaire, from a response file (one row per respondent) or from counts entered
 * per answer, by the rule of {@link Questionnaire}: the deciding question's answer makes a respondent valid and
 * satisfied or not; the answers of valid respondents are counted for every question.
 */
public final class Tallying {

    private Tallying() {
    }

    /**
     * The tally of a response file. Rows with no answer to any question are not respondents (a sheet numbered in
     * advance); rows that are unreadable or lack a usable deciding answer are invalid respondents, each with a row
     * problem; a file whose columns cannot be matched to the questions is refused.
     */
    public static SurveyTally ofResponses(Questionnaire questionnaire, ResponseTable table) {
        Map<Integer, Integer> columns = Columns.match(questionnaire, table.header());
        Question deciding = questionnaire.deciding();
        Map<Integer, Map<String, Long>> counts = emptyCounts(questionnaire);
        List<SurveyTally.RowProblem> problems = new ArrayList<>();
        long respondents = 0;
        long valid = 0;
        long satisfied = 0;
        for (ResponseTable.Row row : table.rows()) {
            if (row.isBlankIn(columns.values())) {
                continue;
            }
            respondents++;
            if (row.unreadable() != null) {
                problems.add(new SurveyTally.RowProblem(row.number(), "无法读取，计为无效问卷：" + row.unreadable()));
                continue;
            }
            String decidingCell = row.cell(columns.get(deciding.number()));
            String decidingAnswer = deciding.answerIn(decidingCell);
            if (decidingAnswer == null) {
                problems.add(new SurveyTally.RowProblem(row.number(), missing(deciding, decidingCell) + "，计为无效问卷"));
                continue;
            }
            valid++;
            if (deciding.countsAsSatisfied(decidingAnswer)) {
                satisfied++;
            }
            for (Question question : questionnaire.questions()) {
                Integer column = columns.get(question.number());
                String cell = column == null ? null : row.cell(column);
                String answer = question.answerIn(cell);
                if (answer != null) {
                    counts.get(question.number()).merge(answer, 1L, Long::sum);
                } else if (column != null) {
                    problems.add(new SurveyTally.RowProblem(row.number(), missing(question, cell) + "，该题未计入"));
                }
            }
        }
        if (valid == 0) {
            List<String> why = new ArrayList<>(List.of("文件中没有有效问卷，无法计算满意度 (no valid respondent in the file)"));
            problems.stream().limit(10).forEach(problem -> why.add("第" + problem.row() + "行：" + problem.problem()));
            throw new InvalidSurveyException(why);
        }
        return new SurveyTally(respondents, valid, satisfied, toCounts(questionnaire, counts),
                problems.stream().limit(SurveyTally.KEPT_ROW_PROBLEMS).toList(), problems.size());
    }

    /**
     * The tally of counts entered per answer. The deciding question's counts are the valid respondents; the
     * questionnaires without a usable deciding answer are entered as {@code invalidRespondents}. No other question
     * can have more answers than there are valid respondents.
     *
     * @param entered per question number, the count of each answer; a question left out has no answers counted
     */
    public static SurveyTally ofCounts(Questionnaire questionnaire, Map<Integer, Map<String, Long>> entered,
                                       long invalidRespondents) {
        List<String> problems = new ArrayList<>();
        if (invalidRespondents < 0) {
            problems.add("无效问卷数不能为负数 (invalid respondents cannot be negative)");
        }
        Map<Integer, Map<String, Long>> counts = emptyCounts(questionnaire);
        entered.forEach((number, answers) -> {
            Map<String, Long> questionCounts = counts.get(number);
            if (questionCounts == null) {
                problems.add("问卷没有第" + number + "题 (no question " + number + ")");
                return;
            }
            Question question = questionnaire.questions().get(number - 1);
            answers.forEach((answer, count) -> {
                String onScale = question.answerIn(answer);
                if (onScale == null) {
                    problems.add(question.label() + "没有选项「" + answer + "」 (answer not on the scale)");
                } else if (count == null || count < 0) {
                    problems.add(question.label() + "选项「" + answer + "」的人数应为非负整数 (counts cannot be negative)");
                } else {
                    questionCounts.merge(onScale, count, Long::sum);
                }
            });
        });
        Question deciding = questionnaire.deciding();
        long valid = counts.get(deciding.number()).values().stream().mapToLong(Long::longValue).sum();
        if (problems.isEmpty() && valid == 0) {
            problems.add(deciding.label() + "没有任何有效回答，无法计算满意度 (the deciding question has no answers)");
        }
        for (Question question : questionnaire.questions()) {
            long answered = counts.get(question.number()).values().stream().mapToLong(Long::longValue).sum();
            if (answered > valid) {
                problems.add(question.label() + "的回答人数 " + answered + " 多于有效问卷数 " + valid
                        + " (more answers than valid respondents)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSurveyException(problems);
        }
        long satisfied = counts.get(deciding.number()).entrySet().stream()
                .filter(count -> deciding.countsAsSatisfied(count.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new SurveyTally(valid + invalidRespondents, valid, satisfied, toCounts(questionnaire, counts),
                List.of(), 0);
    }

    private static String missing(Question question, String cell) {
        return cell == null || cell.isBlank()
                ? question.label() + "未作答"
                : question.label() + "的回答「" + cell.strip() + "」不是该题的选项";
    }

    private static Map<Integer, Map<String, Long>> emptyCounts(Questionnaire questionnaire) {
        Map<Integer, Map<String, Long>> counts = new HashMap<>();
        questionnaire.questions().forEach(question -> counts.put(question.number(), new LinkedHashMap<>()));
        return counts;
    }

    /** Every answer of the scale, in its order, zero when nobody chose it. */
    private static List<SurveyTally.QuestionCounts> toCounts(Questionnaire questionnaire,
                                                             Map<Integer, Map<String, Long>> counts) {
        return questionnaire.questions().stream()
                .map(question -> new SurveyTally.QuestionCounts(question.number(), question.scale().stream()
                        .map(answer -> new SurveyTally.AnswerCount(answer,
                                Objects.requireNonNullElse(counts.get(question.number()).get(answer), 0L)))
                        .toList()))
                .toList();
    }
}
