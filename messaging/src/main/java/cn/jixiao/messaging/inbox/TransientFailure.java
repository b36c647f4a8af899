package cn.jixiao.messaging.inbox;

/**
 * A handler that failed because the store or the broker was away for a moment (see {@link Transience}): the
 * record is retried with backoff, a bounded number of times, and only then goes to the dead letters.
 */
public final class TransientFailure extends EventNotApplied {

    public TransientFailure(String consumer, Throwable cause) {
        super(consumer, "applying the event failed, to be retried: " + DeadLetterReason.describe(cause), cause);
    }

    @Override
    public DeadLetterReason reason(int attempts) {
        return DeadLetterReason.applyFailedAfter(attempts, getCause());
    }
}
