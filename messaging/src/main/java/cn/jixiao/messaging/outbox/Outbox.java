package cn.jixiao.messaging.outbox;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * What a writer calls around a write that adds pending events by an update statement (a {@code $push} to the
 * outbox), which runs no entity callback: once the write has succeeded, the relay is asked to send them now
 * instead of at its next poll. Saving a whole {@link HasOutbox} aggregate needs no call: {@link OutboxWakeUp}
 * does it.
 */
public final class Outbox {

    private final Optional<OutboxRelay> relay;

    public Outbox(Optional<OutboxRelay> relay) {
        this.relay = relay;
    }

    public <T> Mono<T> afterSave(Mono<T> write) {
        return write.doOnSuccess(saved -> relay.ifPresent(OutboxRelay::nudge));
    }
}
