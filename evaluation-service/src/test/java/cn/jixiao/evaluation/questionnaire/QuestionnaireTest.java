package cn.jixiao.evaluation.questionnaire;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

class QuestionnaireTest {

    @Test
    void aQuestionWithoutItsOwnScaleUsesTheFiveLevelsAndCountsTheTopTwoAsSatisfied() {
        Question overall = new Question(1, "总体满意度", null, null);

        assertThat(overall.scale()).containsExactly("非常满意", "满意", "一般", "不满意", "非常不满意");
        assertThat(overall.satisfiedAnswers()).containsExactly("非常满意", "满意");
        assertThat(overall.countsAsSatisfied("满意")).isTrue();
        assertThat(overall.countsAsSatisfied("一般")).isFalse();
    }

    @Test
    void anAnswerIsRecognisedOnlyAsOneOfTheScaleIgnoringSurroundingBlanks() {
        Question overall = new Question(1, "总体满意度", null, null);

        assertThat(overall.answerIn(" 满意 ")).isEqualTo("满意");
        assertThat(overall.answerIn("很满意")).isNull();
        assertThat(overall.answerIn("")).isNull();
        assertThat(overall.answerIn(null)).isNull();
    }

    @Test
    void theDecidingQuestionIsTheFirstUnlessSaidOtherwise() {
        Questionnaire questionnaire = Questionnaire.of("居民满意度调查", "jc-residents", List.of(
                new Question(1, "总体满意度", null, null), new Question(2, "活动满意度", null, null)), null);

        assertThat(questionnaire.deciding().text()).isEqualTo("总体满意度");
    }

    @Test
    void aQuestionnaireThatCannotGiveARateIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> Questionnaire.of(" ", "jc-residents", List.of(
                new Question(1, "总体满意度", List.of("满意", "满意", "不满意"), List.of("满意")),
                new Question(2, "活动满意度", List.of("是", "否"), List.of("很好"))), 3))
                .isInstanceOf(InvalidSurveyException.class)
                .extracting(e -> ((InvalidSurveyException) e).problems(), list(String.class))
                .satisfiesExactly(
                        problem -> assertThat(problem).contains("缺少标题"),
                        problem -> assertThat(problem).contains("第1题").contains("选项重复"),
                        problem -> assertThat(problem).contains("第2题").contains("「很好」不在选项中"),
                        problem -> assertThat(problem).contains("第3题不存在"));
    }
}
