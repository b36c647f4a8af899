package cn.jixiao.contracts.evaluation;

import java.util.List;

/**
 * The whole current picture of a self-evaluation: the payload of every evaluation event, so a consumer simply
 * replaces what it had with the snapshot of the highest {@code revision} for the evaluation.
 *
 * @param evaluationId  the evaluation; each round has its own id
 * @param round         1 for the first evaluation of the project; reopening a finalized one starts the next
 * @param status        {@code DRAFT}, {@code SUBMITTED}, {@code UNDER_REVIEW}, {@code RETURNED},
 *                      {@code APPROVED} or {@code FINALIZED}
 * @param score         the score breakdown, {@code null} while the inputs cannot be scored
 * @param notScoredBecause why there is no score (in Chinese), {@code null} when there is one
 * @param surveys       the satisfaction surveys' analyses
 * @param comment       the comment of the step the event reports (the reviewer's reasons when returned), or
 *                      {@code null}
 * @param actor         the user who took that step, {@code null} for a recomputation caused by project data
 * @param revision      increases with every change of the evaluation
 */
public record EvaluationSnapshot(
        String evaluationId,
        String projectId,
        String districtId,
        String streetId,
        String projectCode,
        String projectName,
        int year,
        int round,
        String status,
        ScoreBreakdown score,
        String notScoredBecause,
        List<SurveyAnalysis> surveys,
        String comment,
        String actor,
        long revision) {

    public EvaluationSnapshot {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }
}
