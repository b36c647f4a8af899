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
 * @param template      the template version the evaluation is scored under, chosen for the project (the
 *                      district's choice when its draft opened, or the one the district set for it) and recorded
 *                      once: there before the draft can be scored, when {@code score} is still {@code null}; a
 *                      consumer picks what depends on the template (the report's sections) by this, never by the
 *                      district's current choice. Added in v1 (additive): {@code null} in snapshots written before,
 *                      and for a draft opened by a scoring event before its registration arrived
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
        long revision,
        TemplateVersion template) {

    public EvaluationSnapshot {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /** A snapshot that does not name its template, as written before {@code template} was added. */
    public EvaluationSnapshot(String evaluationId, String projectId, String districtId, String streetId,
                              String projectCode, String projectName, int year, int round, String status,
                              ScoreBreakdown score, String notScoredBecause, List<SurveyAnalysis> surveys,
                              String comment, String actor, long revision) {
        this(evaluationId, projectId, districtId, streetId, projectCode, projectName, year, round, status, score,
                notScoredBecause, surveys, comment, actor, revision, null);
    }

    /**
     * The template version the evaluation is scored under: the one the snapshot names, else (a snapshot written
     * before it named one) the one its score was computed with; {@code null} when neither is known.
     */
    public TemplateVersion scoringTemplate() {
        if (template != null) {
            return template;
        }
        return score == null || score.templateId() == null ? null
                : new TemplateVersion(score.templateId(), score.templateVersion());
    }

    /**
     * One version of an evaluation template.
     *
     * @param templateId a platform template or a district's own copy
     * @param version    the version; a published version never changes
     */
    public record TemplateVersion(String templateId, int version) {
    }
}
