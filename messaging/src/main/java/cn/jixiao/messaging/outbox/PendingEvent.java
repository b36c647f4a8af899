package cn.jixiao.messaging.outbox;

import java.time.Instant;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;

/**
 * An event waiting inside the document whose change it records. Saving the document saves the event in
 * the same single-document write, so a crash can never keep one and lose the other; {@link OutboxRelay}
 * then sends it and removes it.
 *
 * @param eventId  the envelope's id, used to remove exactly this event once sent
 * @param topic    where it goes
 * @param key      the record key (the aggregate id), which keeps one aggregate's events in order
 * @param type     the event type, for headers and logs
 * @param tenantId the street, for the tenant header
 * @param json     the envelope exactly as consumers will read it
 * @param occurredAt when it happened
 */
public record PendingEvent(String eventId, String topic, String key, String type, String tenantId, String json,
                           Instant occurredAt) {

    public static final String FIELD = "outbox";

    private static final EventCodec CODEC = new EventCodec();

    public static PendingEvent of(String topic, String key, EventEnvelope<?> envelope) {
        return new PendingEvent(envelope.eventId().toString(), topic, key, envelope.type(), envelope.tenantId(),
                CODEC.write(envelope), envelope.occurredAt());
    }
}
