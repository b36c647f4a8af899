package cn.jixiao.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket of one user or one tenant: it holds up to {@code burst} requests and refills at {@code rate}
 * requests per {@code period}.
 *
 * <p>It is kept in its "virtual scheduling" form (GCRA): instead of a token count that would need refilling, one
 * instant, the moment the bucket will be full again. A request is allowed when taking its token would not push
 * that moment further than the whole burst ahead of now. Integer nanoseconds throughout, so no rounding makes a
 * limit drift; one field per bucket; and a bucket whose full-again moment has passed is the same as a new one,
 * which is what lets {@link RateLimiter} forget idle buckets without changing any answer.
 */
final class TokenBucket {

    private final long nanosPerToken;
    private final long burstNanos;
    /** When the bucket is full again; in the past for a full bucket. Nanoseconds since the epoch. */
    private long fullAt;

    TokenBucket(Limit limit, Instant now) {
        this.nanosPerToken = limit.nanosPerToken();
        this.burstNanos = nanosPerToken * limit.burst();
        this.fullAt = nanosOf(now);
    }

    /** Takes a token if there is one; otherwise says how long until there is. */
    synchronized Decision take(Instant now) {
        long at = nanosOf(now);
        long from = Math.max(fullAt, at);
        long after = from + nanosPerToken;
        if (after - at > burstNanos) {
            return Decision.refused(Duration.ofNanos(after - burstNanos - at));
        }
        fullAt = after;
        return Decision.ALLOWED;
    }

    /** Full again by now: forgetting it changes nothing, a new bucket would answer the same. */
    synchronized boolean isFullAt(Instant now) {
        return fullAt <= nanosOf(now);
    }

    private static long nanosOf(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    /**
     * How many requests a bucket lets through at once, and how fast it refills.
     *
     * @param burst  requests allowed at once, from a full bucket
     * @param rate   requests the bucket regains per period
     * @param period the period of the rate, e.g. one second
     */
    record Limit(int burst, int rate, Duration period) {

        Limit {
            if (burst < 1 || rate < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a burst and a rate of at least 1 per a positive period");
            }
        }

        long nanosPerToken() {
            return Math.max(1, period.toNanos() / rate);
        }
    }

    /**
     * Whether a request may pass, and if not, how long the caller should wait.
     *
     * @param retryAfter zero when allowed
     */
    record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }

        /** Whole seconds for the {@code Retry-After} header, never 0 for a refusal: a client must wait. */
        long retryAfterSeconds() {
            long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
