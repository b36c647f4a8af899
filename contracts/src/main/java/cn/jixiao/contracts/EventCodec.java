package cn.jixiao.contracts;

import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes envelopes to JSON and reads them back. The JSON shape is the contract between services,
 * so it is produced here, in one place, and pinned by the contract tests.
 *
 * <p>Readers ignore unknown fields: a publisher may add a field without waiting for every consumer.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a decimal read into an untyped field (a Map, a JsonNode) stays exact, never a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public String write(EventEnvelope<?> envelope) {
        return json.writeValueAsString(envelope);
    }

    /** Reads the envelope; the payload stays raw until the consumer knows which type it wants. */
    public EventEnvelope<JsonNode> read(String text) {
        JsonNode node = json.readTree(text);
        return new EventEnvelope<>(
                UUID.fromString(node.required("eventId").asString()),
                node.required("type").asString(),
                node.required("version").asInt(),
                node.required("tenantId").asString(),
                json.convertValue(node.required("occurredAt"), java.time.Instant.class),
                node.required("payload"));
    }

    /** The payload as the record of the given type; fails if the envelope is of another type. */
    public <P> EventEnvelope<P> payloadAs(EventEnvelope<JsonNode> raw, EventType<P> type) {
        if (!raw.is(type)) {
            throw new IllegalArgumentException("expected " + type.name() + " v" + type.version()
                    + " but got " + raw.type() + " v" + raw.version());
        }
        P payload = json.treeToValue(raw.payload(), type.payloadType());
        return new EventEnvelope<>(raw.eventId(), raw.type(), raw.version(), raw.tenantId(), raw.occurredAt(), payload);
    }
}
