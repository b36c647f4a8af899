package cn.jixiao.evaluation.questionnaire;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnsTest {

    private static final Questionnaire SURVEY = TallyingTest.RESIDENTS;

    @Test
    void aColumnNamesItsQuestionByTextIgnoringBlanksAndFullWidthPunctuation() {
        assertThat(Columns.match(SURVEY, List.of("序号", " 您对示范街道创建工作的 总体满意度", "填写时间")))
                .isEqualTo(Map.of(1, 1));
    }

    @Test
    void aColumnNamesItsQuestionByNumberInTheUsualWays() {
        assertThat(Columns.match(SURVEY, List.of("1", "Q2"))).isEqualTo(Map.of(1, 0, 2, 1));
        assertThat(Columns.match(SURVEY, List.of("第2题", "第1题"))).isEqualTo(Map.of(1, 1, 2, 0));
        assertThat(Columns.match(SURVEY, List.of("1、您对示范街道创建工作的总体满意度", "2. 您对民族团结主题活动的满意度")))
                .isEqualTo(Map.of(1, 0, 2, 1));
    }

    @Test
    void aNumberFollowedByAnotherQuestionsTextNamesNothing() {
        assertThat(Columns.match(SURVEY, List.of("1", "2. 您对示范街道创建工作的总体满意度"))).isEqualTo(Map.of(1, 0));
    }

    @Test
    void aFileWithNoRecognizableColumnIsRefused() {
        assertThatThrownBy(() -> Columns.match(SURVEY, List.of("姓名", "电话", "评价")))
                .isInstanceOf(InvalidSurveyException.class)
                .hasMessageContaining("没有可识别的题目列")
                .hasMessageContaining("[姓名, 电话, 评价]");
    }

    @Test
    void aFileWithoutTheDecidingQuestionOrWithAQuestionTwiceIsRefused() {
        assertThatThrownBy(() -> Columns.match(SURVEY, List.of("序号", "Q2")))
                .hasMessageContaining("缺少决定满意度的第1题");
        assertThatThrownBy(() -> Columns.match(SURVEY, List.of("1", "第1题")))
                .hasMessageContaining("对应了多列");
    }
}
