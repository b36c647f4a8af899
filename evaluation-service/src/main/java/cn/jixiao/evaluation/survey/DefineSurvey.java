package cn.jixiao.evaluation.survey;

import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import cn.jixiao.evaluation.questionnaire.Questionnaire;
import cn.jixiao.evaluation.questionnaire.Question;

@Schema(description = "设计满意度调查问卷 / define a satisfaction questionnaire")
record DefineSurvey(
        @Schema(description = "问卷标题 / title") @NotBlank String title,
        @Schema(description = "所对应的满意度指标（三级指标编号）/ the satisfaction indicator it feeds") @NotBlank String indicatorId,
        @Schema(description = "题目，按顺序编号 1、2、… / the questions, numbered 1, 2, … in order") @NotEmpty @Valid
        List<QuestionInput> questions,
        @Schema(description = "决定是否满意的题号（一般为总体满意度题），默认第 1 题 / the question that decides "
                + "satisfaction (usually the overall one), 1 by default") @Positive Integer decidingQuestion) {

    @Schema(description = "一道题 / a question")
    record QuestionInput(
            @Schema(description = "题目 / the question as printed") @NotBlank String text,
            @Schema(description = "选项，满意程度由高到低；默认 非常满意、满意、一般、不满意、非常不满意 / the answers, best "
                    + "first; the five-level scale by default") List<String> scale,
            @Schema(description = "计为满意的选项，默认前两项 / answers counted as satisfied, the top two by default")
            List<String> satisfiedAnswers) {
    }

    Questionnaire toQuestionnaire() {
        List<Question> numbered = IntStream.range(0, questions.size())
                .mapToObj(i -> new Question(i + 1, questions.get(i).text(), questions.get(i).scale(),
                        questions.get(i).satisfiedAnswers()))
                .toList();
        return Questionnaire.of(title, indicatorId, numbered, decidingQuestion);
    }
}
