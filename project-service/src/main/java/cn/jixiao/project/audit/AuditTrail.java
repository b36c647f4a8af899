package cn.jixiao.project.audit;

import java.time.Instant;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Writes audit entries the way events are written: into the outbox of the document whose change they
 * describe. The entry is therefore stored by the same atomic write as the change, then travels through
 * project-service's own audit topic into the append-only {@code audit_trail} (see {@link AuditFeed}).
 */
@Component
public class AuditTrail {

    public static final String TOPIC = "jixiao.project-audit";
    static final EventType<AuditRecord> CHANGE_AUDITED = new EventType<>("ChangeAudited", 1, AuditRecord.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * The audit entry of one change.
     *
     * @param before the changed part as it was, {@code null} when it is new
     * @param after  the changed part as it is now
     */
    public PendingEvent entry(TenantAccess actor, String projectId, String districtId, String streetId, String subject,
                              String action, Object before, Object after, Instant at) {
        AuditRecord record = new AuditRecord(projectId, districtId, streetId, subject, action, actor.username(),
                actor.subject(), asMap(before), asMap(after));
        return PendingEvent.of(TOPIC, projectId, EventEnvelope.of(CHANGE_AUDITED, streetId, at, record));
    }

    private Map<String, Object> asMap(Object part) {
        return part == null ? null : json.convertValue(part, MAP);
    }
}
