package cn.jixiao.messaging.inbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * it comes from the tenant its aggregate belongs to. Types of the contracts the consumer has no handler for are
 * skipped: most consumers care for a few of a topic's types.
 *
 * <p>An event is checked before it is applied or remembered. A refused one goes to the dead letters and the
 * security log, changes nothing, and is not marked processed: a forged record that borrows the id of a legitimate
 * event not yet delivered cannot make that event look applied, and one that borrows the id of an applied event is
 * refused all the same.
 *
 * <p>A record the consumer cannot apply is thrown back to the listener container as {@link EventNotApplied}, whose
 * error handler ({@link DeadLetterHandling}) decides what happens to it, so that there is one place for it:
 * <ul>
 *   <li>not an event envelope ({@code malformed}), a type the contracts do not know ({@code unknown-type}: the
 *       publisher is newer than this consumer), a version of a handled type the consumer cannot read
 *       ({@code unknown-version}), a payload that does not read into its record or fails its checks
 *       ({@code invalid-payload}), a handler that fails for a reason of its own ({@code apply-failed}): a
 *       {@link PoisonEvent}, dead-lettered at the first attempt;</li>
 *   <li>a handler that fails because the store or the broker is away ({@link Transience}): a
 *       {@link TransientFailure}, retried with backoff a bounded number of times, then dead-lettered.</li>
 * </ul>
 * Either way the consumer goes on with the next record, and the dead letter can be replayed after the fix: a record
 * dead-lettered was not marked processed, so its replay is applied, once.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

    private final String consumer;
    private final Inbox inbox;
    private final EventCodec codec = new EventCodec();
    private final Map<String, Handler<?>> handlers;
    private final Set<String> ownTypes;

    private EventDispatcher(String consumer, Inbox inbox, Map<String, Handler<?>> handlers, Set<String> ownTypes) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.handlers = Map.copyOf(handlers);
        this.ownTypes = Set.copyOf(ownTypes);
    }

    /** The name this consumer's applied events are remembered under, and that its dead letters give. */
    public String consumer() {
        return consumer;
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
     *
     * @throws EventNotApplied when the record cannot be applied (see the class's comment)
     */
    public void dispatch(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> raw = read(record);
        Handler<?> handler = handlers.get(keyOf(raw.type(), raw.version()));
        if (handler == null) {
            unhandled(raw);
            return;
        }
        apply(handler, record, raw);
    }

    private EventEnvelope<JsonNode> read(ConsumerRecord<String, String> record) {
        try {
            return codec.read(record.value());
        } catch (RuntimeException unreadable) {
            throw new PoisonEvent(consumer, DeadLetterReason.malformed(unreadable), unreadable);
        }
    }

    /** A type the contracts know and this consumer does not care for is skipped; anything else it cannot read. */
    private void unhandled(EventEnvelope<JsonNode> raw) {
        if (!EventClaims.knowsType(raw.type()) && !ownTypes.contains(raw.type())) {
            throw new PoisonEvent(consumer, DeadLetterReason.unknownType(raw.type(), raw.version()), null);
        }
        String readable = handlers.values().stream().map(Handler::type)
                .filter(type -> type.name().equals(raw.type()))
                .map(type -> "v" + type.version()).sorted().collect(Collectors.joining(", "));
        if (!readable.isEmpty()) {
            throw new PoisonEvent(consumer, DeadLetterReason.unknownVersion(raw.type(), raw.version(), readable), null);
        }
        log.debug("{} skips {} v{} {}", consumer, raw.type(), raw.version(), raw.eventId());
    }

    private <P> void apply(Handler<P> handler, ConsumerRecord<String, String> record, EventEnvelope<JsonNode> raw) {
        EventEnvelope<P> event;
        TenantClaim claim;
        try {
            event = codec.payloadAs(raw, handler.type());
            claim = handler.claim().apply(event.payload());
        } catch (RuntimeException invalid) {
            throw new PoisonEvent(consumer, DeadLetterReason.invalidPayload(raw.type(), raw.version(), invalid), invalid);
        }
        try {
            handle(handler, record, event, claim).timeout(HANDLER_TIMEOUT).block();
        } catch (RuntimeException failure) {
            throw Transience.retryCanHelp(failure) ? new TransientFailure(consumer, failure)
                    : new PoisonEvent(consumer, DeadLetterReason.applyFailed(failure), failure);
        }
    }

    private static String keyOf(String type, int version) {
        return type + "/v" + version;
    }

    private <P> Mono<Void> handle(Handler<P> handler, ConsumerRecord<String, String> record, EventEnvelope<P> event,
                                  TenantClaim claim) {
        return inbox.bindings().check(consumer, event, claim)
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
        private final Set<String> ownTypes = new HashSet<>();

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
            if (EventClaims.of(type).isEmpty()) {
                ownTypes.add(type.name());
            }
            handlers.put(keyOf(type.name(), type.version()), new Handler<>(type, claim, handler));
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(consumer, inbox, handlers, ownTypes);
        }
    }
}
