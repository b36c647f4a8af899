package cn.jixiao.evaluation.questionnaire;

import java.util.List;

import cn.jixiao.contracts.evaluation.SurveyAnalysis;
import cn.jixiao.evaluation.scoring.SatisfactionRate;

/**
 * What the responses to one questionnaire add up to.
 *
 * @param respondents      questionnaires received (blank rows of a file are not questionnaires)
 * @param validRespondents those with a usable answer to the deciding question
 * @param satisfied        valid respondents whose deciding answer counts as satisfied
 * @param questions        per question, how many valid respondents chose each answer, in the scale's order
 * @param rowProblems      why rows of an imported file were invalid or partly unused (the first
 *                         {@value #KEPT_ROW_PROBLEMS}); empty for entered counts
 * @param rowProblemCount  how many such problems there were in all
 */
public record SurveyTally(long respondents, long validRespondents, long satisfied, List<QuestionCounts> questions,
                          List<RowProblem> rowProblems, long rowProblemCount) {

    /** Enough to find and fix a file's mistakes without storing thousands of lines about one wrong column. */
    public static final int KEPT_ROW_PROBLEMS = 100;

    public SurveyTally {
        questions = questions == null ? List.of() : List.copyOf(questions);
        rowProblems = rowProblems == null ? List.of() : List.copyOf(rowProblems);
    }

    /** How many valid respondents chose each answer of one question. */
    public record QuestionCounts(int number, List<AnswerCount> answers) {

        public QuestionCounts {
            answers = List.copyOf(answers);
        }

        public long answered() {
            return answers.stream().mapToLong(AnswerCount::count).sum();
        }
    }

    public record AnswerCount(String answer, long count) {
    }

    /** @param row the row as the file numbers it (the header is row 1) */
    public record RowProblem(int row, String problem) {
    }

    public SatisfactionRate rate() {
        return new SatisfactionRate(satisfied, validRespondents);
    }

    /** The analysis the report prints in its 社会调查问卷分析报告. */
    public SurveyAnalysis analysis(String surveyId, Questionnaire questionnaire) {
        List<SurveyAnalysis.Question> analysed = questionnaire.questions().stream()
                .map(question -> new SurveyAnalysis.Question(question.text(), countsOf(question.number()).answers().stream()
                        .map(count -> new SurveyAnalysis.AnswerCount(count.answer(), count.count(),
                                question.countsAsSatisfied(count.answer())))
                        .toList()))
                .toList();
        return new SurveyAnalysis(surveyId, questionnaire.indicatorId(), questionnaire.title(), respondents,
                validRespondents, satisfied, rate().percent(), analysed);
    }

    private QuestionCounts countsOf(int number) {
        return questions.stream().filter(counts -> counts.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("No counts for question " + number));
    }
}
