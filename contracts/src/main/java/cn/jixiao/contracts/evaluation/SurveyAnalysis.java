package cn.jixiao.contracts.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of one satisfaction survey (社会调查问卷分析), printed in the report's 社会调查问卷分析报告. Its
 * satisfaction rate is the 实际完成值 of the satisfaction indicator it feeds.
 *
 * @param surveyId            the survey
 * @param indicatorId         the satisfaction indicator it feeds
 * @param title               the questionnaire's title
 * @param respondents         questionnaires received
 * @param validRespondents    questionnaires answered completely enough to count
 * @param satisfied           valid respondents counted as satisfied
 * @param satisfactionPercent satisfied ÷ valid respondents, in percent with two decimals
 * @param questions           the answer counts per question, in the questionnaire's order
 */
public record SurveyAnalysis(String surveyId, String indicatorId, String title, long respondents,
                             long validRespondents, long satisfied, BigDecimal satisfactionPercent,
                             List<Question> questions) {

    public SurveyAnalysis {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** One question and how many respondents chose each answer, in the scale's order. */
    public record Question(String text, List<AnswerCount> answers) {

        public Question {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** @param countsAsSatisfied whether this answer counts as satisfied */
    public record AnswerCount(String answer, long count, boolean countsAsSatisfied) {
    }
}
