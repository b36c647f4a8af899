package cn.jixiao.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic: one business fact, addressed to the street (tenant) it belongs to.
 *
 * <p>The envelope is the stable part of the contract: consumers read {@code type} and {@code version}
 * first and only then the payload, so a publisher can add a new version without breaking old readers.
 *
 * @param eventId    unique per fact; consumers remember it to ignore redeliveries
 * @param type       the fact's name, e.g. {@code ProjectRegistered}
 * @param version    the payload schema version for that type
 * @param tenantId   the street the fact belongs to (never taken from a consumer's own input)
 * @param occurredAt when the fact happened at the publisher
 * @param payload    the fact itself
 */
public record EventEnvelope<P>(UUID eventId, String type, int version, String tenantId, Instant occurredAt, P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** A new fact of the given type, stamped now with a fresh id. */
    public static <P> EventEnvelope<P> of(EventType<P> type, String tenantId, Instant occurredAt, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), tenantId, occurredAt, payload);
    }

    public boolean is(EventType<?> other) {
        return type.equals(other.name()) && version == other.version();
    }
}
