package cn.jixiao.messaging.outbox;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * What a writer calls around a write that adds pending events by an update statement (a {@code $push} to the
 * outbox), which runs no entity callback: once the write has succeeded, the relay is asked to send them now
 * instead of at its next sweep. Saving a whole {@link HasOutbox} aggregate needs no call: {@link OutboxWakeUp}
 * does it.
 */
public final class Outbox {

    private final Optional<OutboxRelay> relay;

    public Outbox(Optional<OutboxRelay> relay) {
        this.relay = relay;
    }

    /**
     * @param write      the update statement that added events to the document
     * @param collection the document's collection
     * @param id         its {@code _id}
     */
    public <T> Mono<T> afterSave(Mono<T> write, String collection, Object id) {
        return write.doOnSuccess(saved -> relay.ifPresent(outboxRelay -> outboxRelay.nudge(collection, id)));
    }
}
