package cn.jixiao.messaging.outbox;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;

/**
 * An event waiting inside the document whose change it records. Saving the document saves the event in
 * the same single-document write, so a crash can never keep one and lose the other; {@link OutboxRelay}
 * then sends it (or hands it to the service's own {@link LocalRecipient}) and removes it.
 *
 * @param eventId    the envelope's id, used to remove exactly this event once sent
 * @param topic      the Kafka topic it goes to; {@code null} for an entry addressed to a {@code recipient}
 * @param key        the record key (the aggregate id), which keeps one aggregate's events in order
 * @param type       the event type, for headers and logs
 * @param tenantId   the street, for the tenant header
 * @param json       the envelope exactly as consumers will read it
 * @param occurredAt when it happened
 * @param recipient  the {@link LocalRecipient} of this service it is handed to instead of a topic, or {@code null}
 */
public record PendingEvent(String eventId, String topic, String key, String type, String tenantId, String json,
                           Instant occurredAt, String recipient) {

    public static final String FIELD = "outbox";

    private static final EventCodec CODEC = new EventCodec();

    /** An event for the other services, sent on the topic. */
    public static PendingEvent of(String topic, String key, EventEnvelope<?> envelope) {
        return new PendingEvent(envelope.eventId().toString(), topic, key, envelope.type(), envelope.tenantId(),
                CODEC.write(envelope), envelope.occurredAt(), null);
    }

    /**
     * An entry for the service itself, handed by the relay to the named {@link LocalRecipient} without leaving
     * the service: stored with the change like any event, so the recipient gets it if and only if the change
     * was written.
     */
    public static PendingEvent toRecipient(String recipient, String key, EventEnvelope<?> envelope) {
        return new PendingEvent(envelope.eventId().toString(), null, key, envelope.type(), envelope.tenantId(),
                CODEC.write(envelope), envelope.occurredAt(), recipient);
    }

    /** The envelope as written, for a recipient to read its payload. */
    public EventEnvelope<JsonNode> envelope() {
        return CODEC.read(json);
    }
}
