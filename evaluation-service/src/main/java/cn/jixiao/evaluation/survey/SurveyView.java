package cn.jixiao.evaluation.survey;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.questionnaire.Questionnaire;
import cn.jixiao.evaluation.questionnaire.SurveyTally;
import cn.jixiao.contracts.evaluation.SurveyAnalysis;

@Schema(description = "满意度调查及其结果 / a satisfaction survey and its result")
record SurveyView(
        @Schema(description = "调查编号 / survey id") String id,
        @Schema(description = "所属自评 / the self-evaluation") String evaluationId,
        @Schema(description = "问卷 / the questionnaire") Questionnaire questionnaire,
        @Schema(description = "是否已有答卷结果 / whether responses have been entered") boolean counted,
        @Schema(description = "结果来源：导入的文件名或 汇总录入 / the imported file or 汇总录入") String source,
        @Schema(description = "收回问卷数 / questionnaires received") Long respondents,
        @Schema(description = "无效问卷数 / invalid questionnaires") Long invalidRespondents,
        @Schema(description = "满意度计算说明，如 满意度 = 满意人数 192 ÷ 有效问卷 200 = 96.00% / the rate with its counts")
        String rateExplanation,
        @Schema(description = "问卷分析：各题各选项人数及满意度 / counts per answer per question, and the rate")
        SurveyAnalysis analysis,
        @Schema(description = "导入时各行的问题（最多列出 100 条）/ problems of the imported rows (the first 100)")
        List<SurveyTally.RowProblem> rowProblems,
        @Schema(description = "导入时各行问题的总数 / how many row problems in all") long rowProblemCount,
        @Schema(description = "录入时间 / when") Instant recordedAt,
        @Schema(description = "录入人 / by whom") String recordedBy) {

    static SurveyView of(String evaluationId, Survey survey) {
        SurveyTally tally = survey.tally();
        if (tally == null) {
            return new SurveyView(survey.id(), evaluationId, survey.questionnaire(), false, null, null, null, null, null,
                    List.of(), 0, survey.recordedAt(), survey.recordedBy());
        }
        return new SurveyView(survey.id(), evaluationId, survey.questionnaire(), true, survey.source(),
                tally.respondents(), tally.respondents() - tally.validRespondents(), tally.rate().explanation(),
                survey.analysis(), tally.rowProblems(), tally.rowProblemCount(),
                survey.recordedAt(), survey.recordedBy());
    }
}
