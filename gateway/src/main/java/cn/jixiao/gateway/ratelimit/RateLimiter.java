package cn.jixiao.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One token bucket per key (a user, a tenant), kept in this gateway instance's memory.
 *
 * <p>Memory stays bounded: a bucket that has filled up again is forgotten at the next sweep (a new bucket
 * would answer exactly the same), so only the keys active within the last burst's refill time are held. Keys
 * come from verified tokens only, so nobody can invent keys to fill the map.
 *
 * <p>The limit is per gateway instance: with two instances behind a load balancer each keeps its own buckets,
 * and a user spread over both gets up to twice the limit. A shared store (e.g. Redis, with the same GCRA
 * step as an atomic script) would make the limit exact across instances at the cost of one network round trip
 * per request and a new component to run; the platform has none today, and these limits are a guard against
 * abuse, not a quota to be billed, so per instance is sufficient.
 */
final class RateLimiter {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private final TokenBucket.Limit limit;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep;

    RateLimiter(TokenBucket.Limit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
    }

    TokenBucket.Decision take(String key) {
        Instant now = clock.instant();
        sweepIfDue(now);
        return buckets.computeIfAbsent(key, absent -> new TokenBucket(limit, now)).take(now);
    }

    /** How many buckets are held now: the keys active within about one refill of their burst. */
    int size() {
        return buckets.size();
    }

    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        // a request racing the sweep may take its token from a bucket being forgotten: at worst one extra request
        buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }
}
