package cn.jixiao.evaluation.questionnaire;

import java.time.Instant;

import cn.jixiao.contracts.evaluation.SurveyAnalysis;

/**
 * A satisfaction survey of one self-evaluation, kept inside the evaluation's document so that entering its
 * responses and rescoring the evaluation are one write.
 *
 * @param tally      the responses counted, {@code null} until responses are imported or counts entered
 * @param source     where the tally came from: the imported file's name, or {@code 汇总录入} for entered counts
 * @param recordedAt when the questionnaire was defined or the responses last entered
 * @param recordedBy who did it
 */
public record Survey(String id, Questionnaire questionnaire, SurveyTally tally, String source, Instant recordedAt,
                     String recordedBy) {

    public static final String ENTERED_COUNTS = "汇总录入";

    public String indicatorId() {
        return questionnaire.indicatorId();
    }

    /** Whether the responses give a rate, which then replaces the reported 实际完成值 of its indicator. */
    public boolean hasResult() {
        return tally != null;
    }

    /** The analysis for the report's 社会调查问卷分析报告; only for a survey {@link #hasResult() with results}. */
    public SurveyAnalysis analysis() {
        return tally.analysis(id, questionnaire);
    }

    public Survey withTally(SurveyTally newTally, String from, Instant at, String by) {
        return new Survey(id, questionnaire, newTally, from, at, by);
    }
}
