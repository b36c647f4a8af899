package cn.jixiao.messaging.inbox;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaUtils;

/**
 * What every consumer's listener container does with a record it could not apply: Spring Kafka's
 * {@link DefaultErrorHandler}, retrying only a {@link TransientFailure} (the store or the broker away for a moment)
 * with exponential backoff up to {@link RetryPolicy#attempts()} deliveries, and handing everything else, or what is
 * still failing then, to {@link DeadLetters} with the consumer's name and the reason. The consumer then goes on with
 * the next record; the failed one's offset is committed only once its dead letter is stored, and a dead letter that
 * cannot be sent (the broker away) fails the recovery, so the record is tried again rather than lost.
 *
 * <p>Retries happen by seeking back to the record: between two attempts the container polls again, so a backoff of
 * up to {@link RetryPolicy#maxInterval()} never approaches Kafka's {@code max.poll.interval.ms}. Records behind the
 * failing one on its partition wait; those of other partitions do not.
 */
public final class DeadLetterHandling {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandling.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private DeadLetterHandling() {
    }

    /**
     * How often and how patiently a transient failure is retried. The defaults ({@code jixiao.kafka.retry.*}: 8
     * attempts, 1 s doubling to at most 30 s) ride out about 90 s of a store or broker outage per record before it
     * is dead-lettered; a longer outage leaves letters to replay (docs/operations.md, "Dead letters").
     *
     * @param attempts how many times a record is delivered at most, the first included
     */
    public record RetryPolicy(int attempts, Duration initialInterval, double multiplier, Duration maxInterval) {

        public RetryPolicy {
            if (attempts < 1) {
                throw new IllegalArgumentException("a record is delivered at least once");
            }
        }
    }

    /** The error handler for the listener containers of every consumer. */
    public static DefaultErrorHandler errorHandler(DeadLetters deadLetters, RetryPolicy policy) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(policy.attempts() - 1);
        backOff.setInitialInterval(policy.initialInterval().toMillis());
        backOff.setMultiplier(policy.multiplier());
        backOff.setMaxInterval(policy.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer(deadLetters, policy.attempts()), backOff);
        // only where a retry can help; a malformed record fails the same way every time
        handler.defaultFalse();
        handler.addRetryableExceptions(TransientFailure.class);
        handler.setCommitRecovered(true);
        return handler;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecordRecoverer recoverer(DeadLetters deadLetters, int attempts) {
        return (record, failure) -> {
            EventNotApplied notApplied = notApplied(failure);
            String consumer = notApplied != null ? notApplied.consumer() : groupOf(failure);
            DeadLetterReason reason = notApplied != null ? notApplied.reason(attempts)
                    : DeadLetterReason.applyFailed(failure);
            log.warn("{} could not apply the record at {}-{}@{}, sent to the dead letters: {} ({})", consumer,
                    record.topic(), record.partition(), record.offset(), reason.code(), reason.reason());
            deadLetters.send((ConsumerRecord<String, String>) record, consumer, reason).block(SEND_TIMEOUT);
        };
    }

    private static EventNotApplied notApplied(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EventNotApplied notApplied) {
                return notApplied;
            }
        }
        return null;
    }

    /** A listener that does not dispatch through {@link EventDispatcher} is named by its consumer group. */
    private static String groupOf(Throwable failure) {
        if (failure instanceof ListenerExecutionFailedException listener && listener.getGroupId() != null) {
            return listener.getGroupId();
        }
        String group = KafkaUtils.getConsumerGroupId();
        return group != null ? group : "unknown";
    }
}
