package cn.jixiao.messaging.inbox;

import java.util.Objects;

/**
 * A record a consumer's {@link EventDispatcher} did not apply, thrown to the listener container so that its error
 * handler ({@link DeadLetterHandling}) retries it if a retry can help and otherwise hands it to the dead letters,
 * with the consumer's name and the reason. The two kinds are told apart by class because that is how Spring
 * Kafka's error handler classifies what it retries.
 */
public abstract sealed class EventNotApplied extends RuntimeException permits PoisonEvent, TransientFailure {

    private final String consumer;

    EventNotApplied(String consumer, String message, Throwable cause) {
        super(message, cause);
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** The name the consumer remembers its applied events under, and gives its dead letters. */
    public String consumer() {
        return consumer;
    }

    /** Why the record goes to the dead letters, once no retry is left; {@code attempts} is how many were made. */
    public abstract DeadLetterReason reason(int attempts);
}
