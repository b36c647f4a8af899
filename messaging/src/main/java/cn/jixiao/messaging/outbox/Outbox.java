package cn.jixiao.messaging.outbox;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * What a writer calls around the save of a document that carries pending events: once the write has
 * succeeded, the relay is asked to send them now instead of at its next poll.
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
