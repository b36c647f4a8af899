package cn.jixiao.report.assembly;

import java.util.List;
import java.util.stream.Collectors;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.readmodel.Survey;

/**
 * The 社会调查问卷分析 of the satisfaction surveys, as section 三 prints it under the indicators: how many
 * questionnaires came back and counted, the satisfaction rate they give, and the answers to every question.
 */
final class SurveyAnalyses {

    private SurveyAnalyses() {
    }

    static void write(List<Survey> surveys, BodyWriter body) {
        for (Survey survey : surveys) {
            body.paragraph(summary(survey));
            body.add(new Block.Table("社会调查问卷分析：" + survey.title(), List.of("题目", "各选项人数"),
                    survey.questions().stream().map(question -> List.of(question.text(), answers(question))).toList()));
        }
    }

    /** E.g. 「金辰街道…调查问卷共回收问卷200份，其中有效问卷180份；表示满意的171人，满意度为95.00%。」 */
    static String summary(Survey survey) {
        return "《" + survey.title() + "》共回收问卷" + survey.respondents() + "份，其中有效问卷" + survey.validRespondents()
                + "份；表示满意的" + survey.satisfied() + "人，满意度为" + survey.satisfactionPercent().toPlainString() + "%。";
    }

    private static String answers(Survey.Question question) {
        return question.answers().stream()
                .map(answer -> answer.answer() + " " + answer.count() + "人")
                .collect(Collectors.joining("，"));
    }
}
