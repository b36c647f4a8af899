package cn.jixiao.project.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored audit entry. Only ever inserted ({@link AuditEntries}): nothing in the code updates or deletes one. */
@Document(AuditEntry.COLLECTION)
@CompoundIndex(name = "district_project_at", def = "{'districtId': 1, 'projectId': 1, 'at': 1}")
public record AuditEntry(
        @Id String id,
        String projectId,
        String districtId,
        String tenantId,
        String subject,
        String action,
        String actor,
        String actorId,
        Instant at,
        Map<String, Object> before,
        Map<String, Object> after) {

    public static final String COLLECTION = "audit_trail";
}
