package cn.jixiao.report.readmodel;

import java.util.List;

/**
 * One self-evaluation as the report reads it: report-service's own copy of evaluation-service's snapshot, read in
 * at the edge by {@link EvaluationEventMapping}. Its fields keep the names the snapshot was stored with, so an
 * evaluation stored while the read model still kept the snapshot itself reads as this.
 *
 * @param streetId         the street whose project it is
 * @param status           {@code DRAFT}, {@code SUBMITTED}, {@code UNDER_REVIEW}, {@code RETURNED},
 *                         {@code APPROVED} or {@code FINALIZED}
 * @param score            the score breakdown, {@code null} while the inputs cannot be scored
 * @param notScoredBecause why there is no score (in Chinese), {@code null} when there is one
 * @param template         the template version it is scored under, {@code null} when the snapshot named none
 */
public record Evaluation(
        String evaluationId,
        String projectId,
        String districtId,
        String streetId,
        String projectCode,
        String projectName,
        int year,
        int round,
        String status,
        Score score,
        String notScoredBecause,
        List<Survey> surveys,
        long revision,
        TemplateVersion template) {

    public Evaluation {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /**
     * The template version the evaluation is scored under: the one it names, else (a snapshot written before it
     * named one) the one its score was computed with; {@code null} when neither is known.
     */
    public TemplateVersion scoringTemplate() {
        if (template != null) {
            return template;
        }
        return score == null || score.templateId() == null ? null
                : new TemplateVersion(score.templateId(), score.templateVersion());
    }

    /** One version of an evaluation template; the report's sections depend on it. */
    public record TemplateVersion(String templateId, int version) {
    }
}
