package cn.jixiao.messaging.inbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;

/**
 * Routes the records of a topic to one consumer's handlers by event type, applying each event once.
 * Types the consumer has no handler for are skipped: a publisher may add new events at any time.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

    private final String consumer;
    private final ProcessedEvents processed;
    private final EventCodec codec = new EventCodec();
    private final Map<String, Function<EventEnvelope<JsonNode>, Mono<Void>>> handlers;

    private EventDispatcher(String consumer, ProcessedEvents processed,
                            Map<String, Function<EventEnvelope<JsonNode>, Mono<Void>>> handlers) {
        this.consumer = consumer;
        this.processed = processed;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder forConsumer(String consumer, ProcessedEvents processed) {
        return new Builder(consumer, processed);
    }

    /**
     * Applies one record. Called on a Kafka listener thread, which may block: waiting here is what makes the
     * container commit the offset only after the event is stored, and lets its error handler retry failures.
     */
    public void dispatch(String json) {
        EventEnvelope<JsonNode> raw = codec.read(json);
        var handler = handlers.get(raw.type() + "/v" + raw.version());
        if (handler == null) {
            log.debug("{} skips {} v{} {}", consumer, raw.type(), raw.version(), raw.eventId());
            return;
        }
        processed.once(consumer, raw.eventId(), () -> handler.apply(raw)).block(HANDLER_TIMEOUT);
    }

    public static final class Builder {

        private final String consumer;
        private final ProcessedEvents processed;
        private final EventCodec codec = new EventCodec();
        private final Map<String, Function<EventEnvelope<JsonNode>, Mono<Void>>> handlers = new LinkedHashMap<>();

        private Builder(String consumer, ProcessedEvents processed) {
            this.consumer = consumer;
            this.processed = processed;
        }

        public <P> Builder on(EventType<P> type, Function<EventEnvelope<P>, Mono<Void>> handler) {
            handlers.put(type.name() + "/v" + type.version(), raw -> handler.apply(codec.payloadAs(raw, type)));
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(consumer, processed, handlers);
        }
    }
}
