package cn.jixiao.messaging.inbox;

/**
 * A record no retry can help: malformed, of a type or version this consumer cannot read, with an invalid payload,
 * or whose handler failed for a reason of its own (a bug, a broken invariant). It goes to the dead letters at the
 * first attempt, and the consumer goes on with the next record.
 */
public final class PoisonEvent extends EventNotApplied {

    private final transient DeadLetterReason reason;

    public PoisonEvent(String consumer, DeadLetterReason reason, Throwable cause) {
        super(consumer, reason.code() + ": " + reason.reason(), cause);
        this.reason = reason;
    }

    @Override
    public DeadLetterReason reason(int attempts) {
        return reason;
    }
}
