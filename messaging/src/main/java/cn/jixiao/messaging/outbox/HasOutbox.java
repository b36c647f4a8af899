package cn.jixiao.messaging.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate stored as one document that carries the events of its changes in an {@code outbox} array, written
 * by the same single-document write as the change ({@link PendingEvent}). Declaring it is all an aggregate does:
 * the relay drains every mapped document type that implements this ({@link OutboxRelay}), and saving one through a
 * repository or the template wakes the relay at once ({@link OutboxWakeUp}).
 */
public interface HasOutbox {

    /** The events waiting to be sent, oldest first. */
    List<PendingEvent> outbox();

    /** The outbox an aggregate keeps: its own copy, never {@code null}. */
    static List<PendingEvent> kept(List<PendingEvent> outbox) {
        return outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** The outbox with these events added after the waiting ones. */
    static List<PendingEvent> plus(List<PendingEvent> outbox, List<PendingEvent> events) {
        List<PendingEvent> all = new ArrayList<>(kept(outbox));
        all.addAll(events);
        return List.copyOf(all);
    }

    /** The outbox with this event added after the waiting ones. */
    static List<PendingEvent> plus(List<PendingEvent> outbox, PendingEvent event) {
        return plus(outbox, List.of(event));
    }
}
