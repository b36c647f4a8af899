package cn.jixiao.report.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.jixiao.report.document.DistrictSummary;

/**
 * The district summaries computed lately, so that the district's overseers paging it do not each read every
 * project of the district again.
 *
 * <p><b>Why.</b> A district summary reads all the district's projects and evaluations from report-service's read
 * model (6,000 of each for 200 streets × 30 projects): hundreds of milliseconds to seconds on the MongoDB-protocol
 * server, which answers every filter by reading the whole collection. Its content changes only when an event of one
 * of those projects arrives, and report-service learns of changes through events anyway, so the summary is already
 * as late as the events behind it.
 *
 * <p><b>How late.</b> A summary younger than {@link #FRESH} is answered as it is. An older one is still answered at
 * once, and a new one is computed in the background for the next caller (one computation at a time per district and
 * year), so only the first caller after a start waits. One older than {@link #TOO_OLD} (nobody asked for a long time)
 * is not answered: the caller waits for a new one. A summary is thus at most {@link #FRESH} plus one computation
 * behind the read model while it is being used. Under a heavy write load a computation itself took 6 s on the local
 * stack (the store busy with the writes); {@link #TOO_OLD} is long enough that overseers are then still answered at
 * once, with a summary at most half a minute old, rather than each waiting for the store.
 */
final class RecentSummaries {

    private static final Logger log = LoggerFactory.getLogger(RecentSummaries.class);

    static final Duration FRESH = Duration.ofSeconds(1);
    static final Duration TOO_OLD = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<Key, Held> held = new ConcurrentHashMap<>();

    RecentSummaries(Clock clock) {
        this.clock = clock;
    }

    Mono<DistrictSummary> of(String districtId, int year, Supplier<Mono<DistrictSummary>> compute) {
        Key key = new Key(districtId, year);
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Held current = held.get(key);
            if (current != null && current.summary() != null) {
                Duration age = Duration.between(current.computedAt(), now);
                if (age.compareTo(FRESH) <= 0) {
                    return Mono.just(current.summary());
                }
                if (age.compareTo(TOO_OLD) <= 0) {
                    refresh(key, compute);
                    return Mono.just(current.summary());
                }
            }
            return refresh(key, compute);
        });
    }

    /**
     * One computation at a time per district and year: whoever asks meanwhile waits for the same one. It runs on a
     * subscription of its own, so a caller who goes away (a browser navigating off) never cancels what the others
     * wait for.
     */
    private Mono<DistrictSummary> refresh(Key key, Supplier<Mono<DistrictSummary>> compute) {
        AtomicReference<Mono<DistrictSummary>> started = new AtomicReference<>();
        Held updated = held.compute(key, (same, current) -> {
            if (current != null && current.computing() != null) {
                return current;
            }
            Instant begun = clock.instant();
            Mono<DistrictSummary> computing = compute.get()
                    .doOnNext(summary -> held.put(key, new Held(summary, begun, null)))
                    // a failed computation is forgotten, so the next caller tries again
                    .doOnError(failure -> held.computeIfPresent(key, (k, h) -> new Held(h.summary(), h.computedAt(), null)))
                    .cache();
            started.set(computing);
            return new Held(current == null ? null : current.summary(), current == null ? null : current.computedAt(),
                    computing);
        });
        if (started.get() != null) {
            started.get().subscribe(summary -> { }, failure -> log.warn("District summary of {} {} not computed",
                    key.districtId(), key.year(), failure));
        }
        return updated.computing();
    }

    private record Key(String districtId, int year) {
    }

    /** The last summary and when its computation started, and the computation under way, if any. */
    private record Held(DistrictSummary summary, Instant computedAt, Mono<DistrictSummary> computing) {
    }
}
