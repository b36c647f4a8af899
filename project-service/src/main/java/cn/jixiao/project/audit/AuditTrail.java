package cn.jixiao.project.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who changed what of a project. An entry is written the way events are written: into the outbox of the document
 * whose change it describes, so the change and its entry are stored by one atomic write, never one without the
 * other. The outbox relay then hands it straight back here (this is the {@link LocalRecipient} it is addressed to),
 * and it is appended to the {@code audit_trail} collection, once, without leaving the service.
 */
@Component
public class AuditTrail implements LocalRecipient {

    static final String RECIPIENT = "audit-trail";
    /** Where entries went, and came back from, until December 2026; one still waiting in an outbox is taken here. */
    static final String FORMER_TOPIC = "jixiao.project-audit";
    static final EventType<AuditRecord> CHANGE_AUDITED = new EventType<>("ChangeAudited", 1, AuditRecord.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final EventCodec codec = new EventCodec();
    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * The audit entry of one change, to be saved in the outbox of the changed document.
     *
     * @param before the changed part as it was, {@code null} when it is new
     * @param after  the changed part as it is now
     */
    public PendingEvent entry(TenantAccess actor, String projectId, String districtId, String streetId, String subject,
                              String action, Object before, Object after, Instant at) {
        AuditRecord record = new AuditRecord(projectId, districtId, streetId, subject, action, actor.username(),
                actor.subject(), asMap(before), asMap(after));
        return PendingEvent.toRecipient(RECIPIENT, projectId, EventEnvelope.of(CHANGE_AUDITED, streetId, at, record));
    }

    /**
     * The project's entries, oldest first. The caller has checked that the reader may see the project and read
     * its trail; the district is part of the query so that a wrong check still never crosses districts.
     */
    public Flux<AuditEntry> of(String districtId, String projectId) {
        return entries.ofProject(districtId, projectId);
    }

    @Override
    public String name() {
        return RECIPIENT;
    }

    @Override
    public Set<String> formerTopics() {
        return Set.of(FORMER_TOPIC);
    }

    /** Appends an entry the relay hands over from an outbox; one handed over again is already there and stays. */
    @Override
    public Mono<Void> receive(PendingEvent pending) {
        EventEnvelope<AuditRecord> event = codec.payloadAs(pending.envelope(), CHANGE_AUDITED);
        AuditRecord record = event.payload();
        return entries.append(new AuditEntry(event.eventId().toString(), record.projectId(), record.districtId(),
                record.streetId(), record.subject(), record.action(), record.actor(), record.actorId(),
                event.occurredAt(), record.before(), record.after()));
    }

    private Map<String, Object> asMap(Object part) {
        return part == null ? null : json.convertValue(part, MAP);
    }
}
