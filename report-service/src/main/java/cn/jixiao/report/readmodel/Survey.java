package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of one satisfaction survey as the report's 社会调查问卷分析报告 prints it: report-service's own
 * copy of evaluation-service's survey analysis, with the field names it was stored with.
 *
 * @param satisfactionPercent satisfied ÷ valid respondents, in percent with two decimals
 * @param questions           the answer counts per question, in the questionnaire's order
 */
public record Survey(String surveyId, String indicatorId, String title, long respondents, long validRespondents,
                     long satisfied, BigDecimal satisfactionPercent, List<Question> questions) {

    public Survey {
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
