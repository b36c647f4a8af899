package cn.jixiao.messaging.outbox;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * Takes the outbox entries addressed to it ({@link PendingEvent#toRecipient}) inside the service that wrote them,
 * instead of a Kafka topic: what a service keeps of its own changes in its own database (project-service's audit
 * trail) goes there straight from the document that recorded the change, with no round trip through the broker.
 *
 * <p>The relay hands an entry over at least once, as it sends events: a recipient keeps an entry it already has
 * as it is (an insert keyed by the event id that ignores the duplicate). Until the hand-over succeeds the entry
 * stays in the outbox and the next pass tries again.
 */
public interface LocalRecipient {

    /** The name entries are addressed to; one recipient per name in a service. */
    String name();

    /** Keeps the entry; completes once it is stored. */
    Mono<Void> receive(PendingEvent entry);

    /**
     * Topics this recipient's entries were sent to before it took them directly. An entry still waiting in an
     * outbox with one of these topics (written before the change) is handed here too, instead of being sent to
     * a topic that is no longer there, where it would hold up the entries behind it.
     */
    default Set<String> formerTopics() {
        return Set.of();
    }
}
