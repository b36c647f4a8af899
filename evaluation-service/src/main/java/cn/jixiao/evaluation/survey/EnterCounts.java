package cn.jixiao.evaluation.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

@Schema(description = "按选项录入汇总人数（代替导入答卷）/ enter the number of respondents per answer instead of importing them")
record EnterCounts(
        @Schema(description = "各题各选项的人数；决定满意度的题目各选项人数之和即有效问卷数 / per question, how many chose "
                + "each answer; the deciding question's counts add up to the valid respondents") @NotEmpty @Valid
        List<QuestionCounts> questions,
        @Schema(description = "无效问卷数（未有效回答决定题），默认 0 / questionnaires without a usable deciding answer, 0 "
                + "by default") @PositiveOrZero Long invalidRespondents) {

    @Schema(description = "一道题的各选项人数 / one question's counts")
    record QuestionCounts(
            @Schema(description = "题号 / question number") @NotNull @Positive Integer number,
            @Schema(description = "选项 → 人数，如 {\"非常满意\": 150, \"满意\": 42} / answer → respondents") @NotEmpty
            Map<String, Long> counts) {
    }

    Map<Integer, Map<String, Long>> byQuestion() {
        Map<Integer, Map<String, Long>> byQuestion = new LinkedHashMap<>();
        questions.forEach(question -> byQuestion.merge(question.number(), new LinkedHashMap<>(question.counts()),
                (first, more) -> {
                    more.forEach((answer, count) -> first.merge(answer, count, Long::sum));
                    return first;
                }));
        return byQuestion;
    }

    long invalid() {
        return invalidRespondents == null ? 0 : invalidRespondents;
    }
}
