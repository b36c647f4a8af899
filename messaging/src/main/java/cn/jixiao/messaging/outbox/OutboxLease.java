package cn.jixiao.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which instance of a service relays its outboxes: with two instances of a service, both would otherwise send the
 * same entries. One document per service in {@value #COLLECTION} ({@code _id} the service's name, {@code holder},
 * {@code expiresAt}) is claimed by a single atomic find-and-modify: it succeeds when this instance already holds
 * the lease or the lease has expired, and then sets the holder to this instance and the expiry a lease duration
 * ahead. The holder renews it at every pass; a holder that dies stops renewing, and another instance takes over
 * once the lease has expired. Only single-document atomicity is needed, which every MongoDB (and the local
 * stack's MongoDB-protocol server, which has no transactions) gives.
 *
 * <p>Two holders at once stay possible in one case: a holder whose pass outlasts its lease (a broker that is away
 * longer than the lease) may still send what it had read while another instance takes over. That only sends an
 * event twice, which the relay's at-least-once delivery already allows and consumers drop by event id.
 */
public final class OutboxLease {

    private static final Logger log = LoggerFactory.getLogger(OutboxLease.class);
    static final String COLLECTION = "outbox_lease";
    static final Duration RELEASE_TIMEOUT = Duration.ofMillis(500);

    private final ReactiveMongoTemplate mongo;
    private final String service;
    private final String holder;
    private final Duration duration;
    private final Clock clock;
    private volatile boolean held;

    /**
     * @param service  the service whose outboxes the lease guards: one lease per service, shared by its instances
     * @param holder   this instance, unique among the service's instances (e.g. host, process id and a random part)
     * @param duration how long a claim lasts without renewal: the longest a dead holder's events wait
     */
    public OutboxLease(ReactiveMongoTemplate mongo, String service, String holder, Duration duration, Clock clock) {
        this.mongo = mongo;
        this.service = service;
        this.holder = holder;
        this.duration = duration;
        this.clock = clock;
    }

    /** Claims or renews the lease; true if this instance holds it until {@code now + duration}. */
    public boolean claim() {
        var now = clock.instant();
        var claimable = Query.query(Criteria.where("_id").is(service).orOperator(
                Criteria.where("holder").is(holder), Criteria.where("expiresAt").lt(Date.from(now))));
        var claim = new Update().set("holder", holder).set("expiresAt", Date.from(now.plus(duration)));
        boolean claimed;
        try {
            // upsert: the first claim ever creates the document; while another instance holds an unexpired lease
            // the query matches nothing, and the insert it would make fails on the existing _id
            claimed = mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION).blockOptional(OutboxRelay.STORE_TIMEOUT).isPresent();
        } catch (DuplicateKeyException e) {
            claimed = false;
        }
        if (claimed != held) {
            log.info(claimed ? "This instance ({}) now relays the outboxes of {}"
                    : "This instance ({}) no longer relays the outboxes of {}: another instance holds the lease",
                    holder, service);
            held = claimed;
        }
        return claimed;
    }

    /**
     * Gives the lease up at once (on an orderly stop), so another instance need not wait for it to expire. Waits
     * at most {@link #RELEASE_TIMEOUT}: a database that is already gone (a test's in-memory server stops before the
     * relay) would otherwise hold the stop until the driver gives up; the lease then simply expires.
     */
    public void release() {
        held = false;
        mongo.updateFirst(Query.query(Criteria.where("_id").is(service).and("holder").is(holder)),
                new Update().set("expiresAt", Date.from(clock.instant())), COLLECTION).block(RELEASE_TIMEOUT);
    }

    public String holder() {
        return holder;
    }
}
