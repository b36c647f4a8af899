package cn.jixiao.project.templates;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The template version a project's self-evaluation is scored under, as evaluation-service last announced it (ADR
 * 0008: one per evaluation, chosen by the district; a later round may carry another). Kept from the evaluation's
 * snapshots: the latest round wins, and within it the highest revision, so a redelivered or late snapshot never
 * moves it back.
 *
 * @param projectId also the document id
 * @param districtId for tenant filtering, as every project document
 * @param tenantId  the project's street
 */
@Document(ProjectTemplate.COLLECTION)
public record ProjectTemplate(@Id String projectId, String districtId, String tenantId, String evaluationId, int round,
                              long revision, String templateId, int templateVersion) {

    static final String COLLECTION = "project_templates";

    /** Whether this snapshot's template replaces what is known: a later round, or a later revision of it. */
    boolean isNewerThan(ProjectTemplate known) {
        return round != known.round ? round > known.round : revision > known.revision;
    }
}
