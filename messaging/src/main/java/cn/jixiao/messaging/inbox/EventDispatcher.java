package cn.jixiao.messaging.inbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;

/**
 * Routes the records of a topic to one consumer's handlers by event type, applying each event once, and only if
 * it comes from the tenant its aggregate belongs to. Types the consumer has no handler for are skipped: a
 * publisher may add new events at any time.
 *
 * <p>An event is checked before it is applied or remembered. A refused one goes to the dead letters and the
 * security log, changes nothing, and is not marked processed: a forged record that borrows the id of a legitimate
 * event not yet delivered cannot make that event look applied, and one that borrows the id of an applied event is
 * refused all the same.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

    private final String consumer;
    private final Inbox inbox;
    private final EventCodec codec = new EventCodec();
    private final Map<String, Handler<?>> handlers;

    private EventDispatcher(String consumer, Inbox inbox, Map<String, Handler<?>> handlers) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.handlers = Map.copyOf(handlers);
    }

    /**
     * @param consumer the name this consumer's applied events are remembered under, and that its refusals give
     */
    public static Builder forConsumer(String consumer, Inbox inbox) {
        return new Builder(consumer, inbox);
    }

    /**
     * Applies one record. Called on a Kafka listener thread, which may block: waiting here is what makes the
     * container commit the offset only after the event is stored (or dead-lettered), and lets its error handler
     * retry failures.
     */
    public void dispatch(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> raw = codec.read(record.value());
        Handler<?> handler = handlers.get(keyOf(raw.type(), raw.version()));
        if (handler == null) {
            log.debug("{} skips {} v{} {}", consumer, raw.type(), raw.version(), raw.eventId());
            return;
        }
        handle(handler, record, raw).block(HANDLER_TIMEOUT);
    }

    private static String keyOf(String type, int version) {
        return type + "/v" + version;
    }

    private <P> Mono<Void> handle(Handler<P> handler, ConsumerRecord<String, String> record,
                                  EventEnvelope<JsonNode> raw) {
        EventEnvelope<P> event = codec.payloadAs(raw, handler.type());
        return inbox.bindings().check(consumer, event, handler.claim().apply(event.payload()))
                .map(refusal -> Mono.defer(() -> refuse(record, event, refusal)))
                .defaultIfEmpty(Mono.defer(() -> inbox.processed().once(consumer, event.eventId(),
                        () -> handler.work().apply(event))))
                .flatMap(outcome -> outcome);
    }

    private Mono<Void> refuse(ConsumerRecord<String, String> record, EventEnvelope<?> event, Refusal refusal) {
        SecurityLog.refused(consumer, event, refusal);
        return inbox.deadLetters().send(record, consumer, refusal);
    }

    /** One event type's handler, with how its events say whom they belong to. */
    private record Handler<P>(EventType<P> type, Function<P, TenantClaim> claim,
                              Function<EventEnvelope<P>, Mono<Void>> work) {
    }

    public static final class Builder {

        private final String consumer;
        private final Inbox inbox;
        private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

        private Builder(String consumer, Inbox inbox) {
            this.consumer = consumer;
            this.inbox = inbox;
        }

        /** A handler for one of the contracts' event types, which already say whom their events belong to. */
        public <P> Builder on(EventType<P> type, Function<EventEnvelope<P>, Mono<Void>> handler) {
            Function<P, TenantClaim> claim = EventClaims.of(type).orElseThrow(() -> new IllegalArgumentException(
                    type.name() + " v" + type.version() + " is not a contracts event: register it with the claim "
                            + "saying whom its events belong to"));
            return on(type, claim, handler);
        }

        /**
         * One handler for several versions of a contracts event type that read into the same record (for example
         * {@code ProjectEvents.EXPENDITURE_RECORDED_VERSIONS}), so records of an older version still on the topic
         * are applied, not skipped.
         */
        public <P> Builder on(List<EventType<P>> versions, Function<EventEnvelope<P>, Mono<Void>> handler) {
            versions.forEach(version -> on(version, handler));
            return this;
        }

        /** A handler for a service's own event type, with how its payload says whom it belongs to. */
        public <P> Builder on(EventType<P> type, Function<P, TenantClaim> claim,
                              Function<EventEnvelope<P>, Mono<Void>> handler) {
            handlers.put(keyOf(type.name(), type.version()), new Handler<>(type, claim, handler));
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(consumer, inbox, handlers);
        }
    }
}
