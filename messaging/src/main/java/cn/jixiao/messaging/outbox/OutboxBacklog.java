package cn.jixiao.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How far the relay is behind, per outbox collection: the events waiting ({@value #PENDING}) and how long the
 * oldest of them has waited ({@value #OLDEST_AGE}, in seconds; 0 when none waits). A backlog that grows, or an
 * oldest entry older than a few seconds, means the broker is away or no instance holds the relay's lease.
 *
 * <p>Counting reads every document with a waiting event; the MongoDB-protocol server of the local stack has no
 * index to help. So a count is kept for {@code refreshAfter} and every gauge read in that time (both gauges of
 * every collection, and scrapes that come close together) answers from it: one read per collection per period at
 * most, whatever scrapes. While the database is away the gauges answer NaN (no value) rather than a stale count.
 */
public final class OutboxBacklog implements MeterBinder {

    public static final String PENDING = "jixiao.outbox.pending";
    public static final String OLDEST_AGE = "jixiao.outbox.oldest.age";

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private final ReactiveMongoTemplate mongo;
    private final List<String> collections;
    private final Duration refreshAfter;
    private final Clock clock;
    private final Map<String, Count> counts = new HashMap<>();

    /** What one read of a collection found; {@code pending} is NaN when the read failed. */
    record Count(double pending, Instant oldest, Instant readAt) {

        double oldestAgeSeconds(Instant now) {
            if (Double.isNaN(pending)) {
                return Double.NaN;
            }
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        }
    }

    public OutboxBacklog(ReactiveMongoTemplate mongo, List<String> collections, Duration refreshAfter, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String collection : collections) {
            Gauge.builder(PENDING, this, backlog -> backlog.count(collection).pending())
                    .tag("collection", collection)
                    .description("Events waiting in the outboxes of this collection to be relayed")
                    .register(registry);
            Gauge.builder(OLDEST_AGE, this, backlog -> backlog.count(collection).oldestAgeSeconds(clock.instant()))
                    .tag("collection", collection)
                    .baseUnit("seconds")
                    .description("How long the oldest event waiting in this collection's outboxes has waited")
                    .register(registry);
        }
    }

    /** The collection's count, read again only when the kept one is older than {@code refreshAfter}. */
    synchronized Count count(String collection) {
        Instant now = clock.instant();
        Count kept = counts.get(collection);
        if (kept != null && kept.readAt().plus(refreshAfter).isAfter(now)) {
            return kept;
        }
        Count fresh = read(collection, now);
        counts.put(collection, fresh);
        return fresh;
    }

    private Count read(String collection, Instant now) {
        Query waiting = Query.query(Criteria.where(PendingEvent.FIELD + ".0").exists(true));
        waiting.fields().include(PendingEvent.FIELD + ".occurredAt");
        try {
            List<Document> documents = mongo.find(waiting, Document.class, collection).collectList().block(READ_TIMEOUT);
            long pending = 0;
            Instant oldest = null;
            for (Document document : documents == null ? List.<Document>of() : documents) {
                for (Document entry : document.getList(PendingEvent.FIELD, Document.class, List.of())) {
                    pending++;
                    Date occurredAt = entry.getDate("occurredAt");
                    if (occurredAt != null && (oldest == null || occurredAt.toInstant().isBefore(oldest))) {
                        oldest = occurredAt.toInstant();
                    }
                }
            }
            return new Count(pending, oldest, now);
        } catch (RuntimeException e) {
            log.debug("Cannot count the outbox backlog of {}: {}", collection, e.toString());
            return new Count(Double.NaN, null, now);
        }
    }
}
