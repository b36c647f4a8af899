package cn.jixiao.evaluation.questionnaire;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.SurveyAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counting rule: the deciding (first) question's answer makes a respondent valid, and satisfied when it is
 * 非常满意 or 满意; every question counts the answers of the valid respondents.
 */
class TallyingTest {

    static final Questionnaire RESIDENTS = Questionnaire.of("金辰街道民族团结进步示范街道创建居民满意度调查", "jc-residents",
            List.of(new Question(1, "您对示范街道创建工作的总体满意度", null, null),
                    new Question(2, "您对民族团结主题活动的满意度", null, null)), null);

    @Test
    void satisfiedRespondentsAreCountedAmongTheValidOnes() {
        SurveyTally tally = Tallying.ofResponses(RESIDENTS, table(
                row(2, "非常满意", "满意"),
                row(3, "满意", "一般"),
                row(4, "一般", "非常满意"),
                row(5, "不满意", "")));

        assertThat(tally.respondents()).isEqualTo(4);
        assertThat(tally.validRespondents()).isEqualTo(4);
        assertThat(tally.satisfied()).isEqualTo(2);
        assertThat(tally.rate().percent()).isEqualByComparingTo("50.00");
        assertThat(tally.rate().explanation()).isEqualTo("满意度 = 满意人数 2 ÷ 有效问卷 4 = 50.00%");
    }

    @Test
    void aRowWithoutAUsableDecidingAnswerIsAnInvalidRespondentWithItsProblemListed() {
        SurveyTally tally = Tallying.ofResponses(RESIDENTS, table(
                row(2, "非常满意", "满意"),
                row(3, "", "满意"),
                row(4, "很满意", "满意"),
                ResponseTable.Row.unreadable(5, "引号未闭合")));

        assertThat(tally.respondents()).isEqualTo(4);
        assertThat(tally.validRespondents()).isEqualTo(1);
        assertThat(tally.rate().percent()).isEqualByComparingTo("100.00");
        assertThat(tally.rowProblems()).extracting(SurveyTally.RowProblem::row).containsExactly(3, 4, 5);
        assertThat(tally.rowProblems().get(0).problem()).contains("第1题").contains("未作答").contains("无效问卷");
        assertThat(tally.rowProblems().get(1).problem()).contains("「很满意」不是该题的选项");
        assertThat(tally.rowProblems().get(2).problem()).contains("无法读取").contains("引号未闭合");
        assertThat(tally.questions().get(1).answered()).as("invalid respondents' other answers are not counted").isEqualTo(1);
    }

    @Test
    void anUnusableAnswerToAnotherQuestionIsLeftOutOfThatQuestionOnly() {
        SurveyTally tally = Tallying.ofResponses(RESIDENTS, table(row(2, "满意", "还行"), row(3, "满意", "满意")));

        assertThat(tally.validRespondents()).isEqualTo(2);
        assertThat(tally.satisfied()).isEqualTo(2);
        assertThat(tally.questions().get(1).answered()).isEqualTo(1);
        assertThat(tally.rowProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.problem()).contains("第2题").contains("该题未计入"));
    }

    @Test
    void blankRowsAreNotRespondents() {
        SurveyTally tally = Tallying.ofResponses(RESIDENTS, table(row(2, "满意", "满意"), row(3, "", " "), row(4, "一般", "一般")));

        assertThat(tally.respondents()).isEqualTo(2);
        assertThat(tally.rowProblems()).isEmpty();
    }

    @Test
    void theCountsOfEveryAnswerAreKeptInTheScalesOrderForTheAnalysis() {
        SurveyTally tally = Tallying.ofResponses(RESIDENTS, table(row(2, "满意", "非常满意"), row(3, "满意", "一般")));

        SurveyAnalysis analysis = tally.analysis("s-1", RESIDENTS);

        assertThat(analysis.satisfactionPercent()).isEqualByComparingTo("100.00");
        assertThat(analysis.questions().get(0).answers()).containsExactly(
                new SurveyAnalysis.AnswerCount("非常满意", 0, true),
                new SurveyAnalysis.AnswerCount("满意", 2, true),
                new SurveyAnalysis.AnswerCount("一般", 0, false),
                new SurveyAnalysis.AnswerCount("不满意", 0, false),
                new SurveyAnalysis.AnswerCount("非常不满意", 0, false));
        assertThat(analysis.questions().get(1).text()).isEqualTo("您对民族团结主题活动的满意度");
        assertThat(analysis.questions().get(1).answers()).extracting(SurveyAnalysis.AnswerCount::count)
                .containsExactly(1L, 0L, 1L, 0L, 0L);
    }

    @Test
    void aFileWithoutAnyValidRespondentGivesNoRate() {
        assertThatThrownBy(() -> Tallying.ofResponses(RESIDENTS, table(row(2, "", "满意"), row(3, "还行", "满意"))))
                .isInstanceOf(InvalidSurveyException.class)
                .hasMessageContaining("没有有效问卷")
                .hasMessageContaining("第2行");
    }

    @Test
    void enteredCountsGiveTheRateOfTheDecidingQuestion() {
        SurveyTally tally = Tallying.ofCounts(RESIDENTS, Map.of(
                1, counts("非常满意", 150L, "满意", 42L, "一般", 6L, "不满意", 2L),
                2, counts("非常满意", 120L, "满意", 70L)), 3);

        assertThat(tally.validRespondents()).isEqualTo(200);
        assertThat(tally.respondents()).isEqualTo(203);
        assertThat(tally.satisfied()).isEqualTo(192);
        assertThat(tally.rate().percent()).isEqualByComparingTo("96.00");
        assertThat(tally.questions().get(0).answers()).extracting(SurveyTally.AnswerCount::count)
                .containsExactly(150L, 42L, 6L, 2L, 0L);
    }

    @Test
    void enteredCountsThatCannotBeRightAreRefusedWithEveryProblem() {
        assertThatThrownBy(() -> Tallying.ofCounts(RESIDENTS, Map.of(
                1, counts("非常满意", 10L, "很满意", 5L),
                2, counts("满意", 11L),
                3, counts("满意", 1L)), 0))
                .isInstanceOf(InvalidSurveyException.class)
                .satisfies(e -> assertThat(((InvalidSurveyException) e).problems()).containsExactlyInAnyOrder(
                        "问卷没有第3题 (no question 3)",
                        "第1题（您对示范街道创建工作的总体满意度）没有选项「很满意」 (answer not on the scale)",
                        "第2题（您对民族团结主题活动的满意度）的回答人数 11 多于有效问卷数 10 (more answers than valid respondents)"));
        assertThatThrownBy(() -> Tallying.ofCounts(RESIDENTS, Map.of(2, counts("满意", 0L)), 0))
                .hasMessageContaining("没有任何有效回答");
        assertThatThrownBy(() -> Tallying.ofCounts(RESIDENTS, Map.of(1, counts("满意", -1L)), 0))
                .hasMessageContaining("非负整数");
    }

    static ResponseTable table(ResponseTable.Row... rows) {
        return new ResponseTable(List.of("序号", "您对示范街道创建工作的总体满意度", "您对民族团结主题活动的满意度"), Arrays.asList(rows));
    }

    static ResponseTable.Row row(int number, String first, String second) {
        return ResponseTable.Row.read(number, List.of(String.valueOf(number - 1), first, second));
    }

    private static Map<String, Long> counts(Object... answerThenCount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < answerThenCount.length; i += 2) {
            counts.put((String) answerThenCount[i], (Long) answerThenCount[i + 1]);
        }
        return counts;
    }
}
