package cn.jixiao.messaging.outbox;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.mapping.event.ReactiveBeforeSaveCallback;

/**
 * Stores the writing request's trace with the events of a saved aggregate that have none yet: the trace is read
 * from the save's Reactor context, where the request's observation always is, whichever thread runs the save.
 * {@link PendingEvent#of} already took the trace current on its thread; on a reactive thread that is there only
 * when Reactor has restored it, so this is what makes the trace reliable for every writer that saves. (A writer
 * that adds events by an update statement runs no entity callback and keeps what {@code of} took.)
 *
 * <p>An entry still waiting from an earlier write made outside any trace (before #14, or by a job) takes the trace
 * of the save that finds it; it is sent in that trace, which is the one that is sending it.
 */
public final class OutboxTraceStamp implements ReactiveBeforeSaveCallback<HasOutbox> {

    @Override
    public Publisher<HasOutbox> onBeforeSave(HasOutbox saved, Document document, String collection) {
        List<Document> untraced = document.getList(PendingEvent.FIELD, Document.class, List.of()).stream()
                .filter(entry -> !(entry.get("trace") instanceof Map<?, ?> trace && !trace.isEmpty()))
                .toList();
        if (untraced.isEmpty()) {
            return Mono.just(saved);
        }
        return Mono.deferContextual(context -> {
            Map<String, String> trace = OutboxTracing.inContext(context);
            if (!trace.isEmpty()) {
                untraced.forEach(entry -> entry.put("trace", new Document(Map.copyOf(trace))));
            }
            return Mono.just(saved);
        });
    }
}
