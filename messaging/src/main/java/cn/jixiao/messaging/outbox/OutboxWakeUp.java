package cn.jixiao.messaging.outbox;

import java.util.Optional;
import java.util.function.Supplier;

import org.bson.Document;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.mapping.event.ReactiveAfterSaveCallback;

/**
 * After any save or insert of an aggregate with waiting events, asks the relay for a pass over that document now,
 * so the events leave at once rather than at its next sweep. Writers therefore just save; only a write made by an update statement
 * (which runs no entity callback) calls {@link Outbox#afterSave} itself.
 */
public final class OutboxWakeUp implements ReactiveAfterSaveCallback<HasOutbox> {

    private final Supplier<Optional<OutboxRelay>> relay;

    /**
     * @param relay looked up at the first save, not at construction: the relay needs the Mongo template, whose
     *              converter collects the entity callbacks, this one among them
     */
    public OutboxWakeUp(Supplier<Optional<OutboxRelay>> relay) {
        this.relay = relay;
    }

    @Override
    public Publisher<HasOutbox> onAfterSave(HasOutbox saved, Document document, String collection) {
        if (!saved.outbox().isEmpty()) {
            relay.get().ifPresent(outboxRelay -> outboxRelay.nudge(collection, document.get("_id")));
        }
        return Mono.just(saved);
    }
}
