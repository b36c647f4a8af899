package cn.jixiao.messaging.outbox;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.data.annotation.PersistenceCreator;

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
 * @param trace      the trace the change was written in, as propagation headers (W3C {@code traceparent}), which
 *                   the relay continues when it sends the event ({@link OutboxTracing}); empty outside a trace and
 *                   in entries written before #14
 */
public record PendingEvent(String eventId, String topic, String key, String type, String tenantId, String json,
                           Instant occurredAt, String recipient, Map<String, String> trace) {

    public static final String FIELD = "outbox";

    private static final EventCodec CODEC = new EventCodec();

    @PersistenceCreator
    public PendingEvent {
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }

    /** An entry outside any trace. */
    public PendingEvent(String eventId, String topic, String key, String type, String tenantId, String json,
                        Instant occurredAt, String recipient) {
        this(eventId, topic, key, type, tenantId, json, occurredAt, recipient, Map.of());
    }

    /** An event for the other services, sent on the topic, in the trace current on this thread. */
    public static PendingEvent of(String topic, String key, EventEnvelope<?> envelope) {
        return new PendingEvent(envelope.eventId().toString(), topic, key, envelope.type(), envelope.tenantId(),
                CODEC.write(envelope), envelope.occurredAt(), null, OutboxTracing.current());
    }

    /**
     * An entry for the service itself, handed by the relay to the named {@link LocalRecipient} without leaving
     * the service: stored with the change like any event, so the recipient gets it if and only if the change
     * was written.
     */
    public static PendingEvent toRecipient(String recipient, String key, EventEnvelope<?> envelope) {
        return new PendingEvent(envelope.eventId().toString(), null, key, envelope.type(), envelope.tenantId(),
                CODEC.write(envelope), envelope.occurredAt(), recipient, OutboxTracing.current());
    }

    /** The envelope as written, for a recipient to read its payload. */
    public EventEnvelope<JsonNode> envelope() {
        return CODEC.read(json);
    }
}
