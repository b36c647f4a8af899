package cn.jixiao.report.texts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The texts of one report: a project's evaluation round. Saved by the street's editors on top of the version they
 * read (optimistic locking), one document per report.
 *
 * @param id the project and the round, e.g. {@code 7f…:1}
 */
@Document(ReportTexts.COLLECTION)
@CompoundIndex(name = "project_round", def = "{'projectId': 1, 'round': 1}")
public record ReportTexts(
        @Id String id,
        String projectId,
        int round,
        String districtId,
        String tenantId,
        SectionTexts texts,
        String updatedBy,
        Instant updatedAt,
        @Version Long version) {

    public static final String COLLECTION = "report_texts";

    public static String idOf(String projectId, int round) {
        return projectId + ":" + round;
    }
}
