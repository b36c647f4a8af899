package cn.jixiao.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.tenancy.TenantHeaders;

/**
 * Sends the events waiting in documents' {@code outbox} arrays to Kafka, then removes each one sent. An entry
 * addressed to one of the service's own {@link LocalRecipient}s instead of a topic is handed to it the same way
 * (at least once, in order, then removed) without going through the broker.
 *
 * <p>Delivery is at least once: if the process dies after the send and before the removal, the event is
 * sent again after restart, and consumers drop the duplicate by its event id. Sent event ids are also
 * remembered (for {@value #SENT_RETENTION_DAYS} days), because a writer that saves a whole document it read
 * before the relay's removal puts an already-sent event back: that event is removed again without being
 * sent twice. Events of one document go out in the order they were added. The relay runs on its own single
 * thread, so blocking on the driver and the broker here never holds up a request thread.
 *
 * <p>Finding the waiting events is the expensive part: the documents are found by {@code outbox.0 exists}, which no
 * index answers (the local stack's MongoDB-protocol server has none for it), so it reads the whole collection. At
 * district scale that scan, run every 500 ms and after every write, took most of the database's CPU (#13). So a
 * writer tells the relay which document it wrote ({@link #nudge(String, Object)}) and the relay reads that one
 * document by {@code _id}; the full scan ({@link #relayAll()}) is a sweep every {@code sweepInterval} and at start,
 * for what no nudge names: a pass that failed (the broker away), events written before a restart, or on an instance
 * that does not relay.
 *
 * <p>With several instances of a service, only the holder of the service's {@link OutboxLease} relays: each pass
 * starts by claiming (or renewing) it and renews it before each document, and an instance that does not hold it
 * skips the pass. An event written on another instance then leaves at the holder's next sweep.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String SENT = "outbox_sent";
    static final int SENT_RETENTION_DAYS = 30;
    private static final int BATCH = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);
    /**
     * The longest the relay waits for one answer of the store. Without a bound, one call that never completes (the
     * fault suite caught the relay parked for minutes in an update after the database was killed and came back) stops
     * every event of the service until a restart; with it, the pass fails, is logged, and the next pass retries.
     */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final List<String> collections;
    private final Map<String, LocalRecipient> recipients;
    private final Map<String, LocalRecipient> formerTopics;
    private final Duration sweepInterval;
    private final Optional<OutboxLease> lease;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Documents written since the last pass, whose events a pass reads by {@code _id}. */
    private final Set<WrittenDocument> written = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService executor;

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       Duration sweepInterval) {
        this(mongo, kafka, collections, List.of(), sweepInterval);
    }

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       List<LocalRecipient> recipients, Duration sweepInterval) {
        this(mongo, kafka, collections, recipients, sweepInterval, Optional.empty());
    }

    /**
     * @param sweepInterval how often every outbox collection is scanned for what no nudge named
     * @param lease         the lease the service's instances share, so only one of them relays; empty for a service
     *                      that always runs as one instance
     */
    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       List<LocalRecipient> recipients, Duration sweepInterval, Optional<OutboxLease> lease) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.recipients = recipients.stream().collect(Collectors.toUnmodifiableMap(LocalRecipient::name,
                Function.identity()));
        this.formerTopics = recipients.stream().flatMap(recipient -> recipient.formerTopics().stream()
                .map(topic -> Map.entry(topic, recipient))).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                Map.Entry::getValue));
        this.sweepInterval = sweepInterval;
        this.lease = lease;
    }

    /**
     * Ask for a pass over one document now: called after a write that added events to it, so they leave at once
     * rather than at the next sweep.
     *
     * @param collection the document's collection
     * @param id         its {@code _id}
     */
    public void nudge(String collection, Object id) {
        written.add(new WrittenDocument(collection, id));
        if (running.get()) {
            executor.execute(this::relayWritten);
        }
    }

    /**
     * One pass over the documents named by nudges since the last one, each read by its {@code _id}; returns how many
     * events were sent. Without the lease the names are dropped: the holder's sweep finds those documents.
     */
    public int relayWritten() {
        if (written.isEmpty()) {
            // an earlier pass took this nudge's document along
            return 0;
        }
        if (!holdsLease()) {
            written.clear();
            return 0;
        }
        int sent = 0;
        for (Iterator<WrittenDocument> next = written.iterator(); next.hasNext(); ) {
            WrittenDocument document = next.next();
            next.remove();
            try {
                Document found = mongo.findById(document.id(), Document.class, document.collection()).block(STORE_TIMEOUT);
                if (found != null) {
                    sent += relay(found, document.collection());
                }
            } catch (RuntimeException e) {
                // The broker or the database is away; the events stay in place and the next sweep retries.
                log.warn("Outbox relay of {} {} failed, the next sweep retries: {}", document.collection(), document.id(), e.toString());
            }
        }
        return sent;
    }

    /** One sweep over every outbox collection; returns how many events were sent (none without the lease). */
    public int relayAll() {
        if (!holdsLease()) {
            return 0;
        }
        int sent = 0;
        for (String collection : collections) {
            try {
                sent += relay(collection);
            } catch (RuntimeException e) {
                // The broker or the database is away; the events stay in place and the next pass retries.
                log.warn("Outbox relay pass over {} failed, will retry: {}", collection, e.toString());
            }
        }
        return sent;
    }

    private int relay(String collection) {
        Query waiting = Query.query(Criteria.where(PendingEvent.FIELD + ".0").exists(true)).limit(BATCH);
        List<Document> documents = mongo.find(waiting, Document.class, collection).collectList().block(STORE_TIMEOUT);
        int sent = 0;
        for (Document document : documents == null ? List.<Document>of() : documents) {
            if (!holdsLease()) {
                // another instance took over (this pass outlasted the lease): it relays the rest
                return sent;
            }
            sent += relay(document, collection);
        }
        return sent;
    }

    /** Sends the document's waiting events in order, removing each once sent. */
    private int relay(Document document, String collection) {
        List<Document> outbox = document.getList(PendingEvent.FIELD, Document.class);
        int sent = 0;
        for (Document pending : outbox == null ? List.<Document>of() : outbox) {
            String eventId = pending.getString("eventId");
            if (!Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is(eventId)), SENT).block(STORE_TIMEOUT))) {
                deliver(pending);
                mongo.save(new Document("_id", eventId).append("sentAt", new Date()), SENT).block(STORE_TIMEOUT);
                sent++;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                    new Update().pull(PendingEvent.FIELD, new Document("eventId", eventId)), collection).block(STORE_TIMEOUT);
        }
        return sent;
    }

    /** Claims or renews the lease; true without one. A database that is away counts as not holding it. */
    private boolean holdsLease() {
        try {
            return lease.map(OutboxLease::claim).orElse(true);
        } catch (RuntimeException e) {
            log.warn("Cannot claim the outbox lease, will retry: {}", e.toString());
            return false;
        }
    }

    /** Hands the entry over in the trace it was written in, so its consumers' log lines share the writer's trace id. */
    private void deliver(Document pending) {
        OutboxTracing.continuing(traceOf(pending), "outbox relay", () -> {
            handOver(pending);
            return null;
        });
    }

    private static Map<String, String> traceOf(Document pending) {
        Document trace = pending.get("trace", Document.class);
        if (trace == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        trace.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return headers;
    }

    private void handOver(Document pending) {
        String name = pending.getString("recipient");
        LocalRecipient recipient = name == null ? formerTopics.get(pending.getString("topic")) : recipients.get(name);
        if (recipient != null) {
            recipient.receive(mongo.getConverter().read(PendingEvent.class, pending)).block(SEND_TIMEOUT);
        } else if (name == null) {
            send(pending);
        } else {
            throw new IllegalStateException("No local recipient " + name + " for entry " + pending.getString("eventId"));
        }
    }

    private void send(Document pending) {
        ProducerRecord<String, String> record = new ProducerRecord<>(pending.getString("topic"),
                pending.getString("key"), pending.getString("json"));
        record.headers().add(TenantHeaders.TENANT, pending.getString("tenantId").getBytes(StandardCharsets.UTF_8));
        record.headers().add(TenantHeaders.EVENT_TYPE, pending.getString("type").getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending event " + pending.getString("eventId"), e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send event " + pending.getString("eventId"), e);
        }
    }

    @Override
    public void start() {
        mongo.indexOps(SENT).createIndex(new Index().on("sentAt", Sort.Direction.ASC)
                .expire(Duration.ofDays(SENT_RETENTION_DAYS)).named("sent_expiry")).block();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running.set(true);
        executor.scheduleWithFixedDelay(this::relayAll, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running.set(false);
        // Nothing here is worth waiting for: an event leaves the outbox only once the broker has acknowledged it, so
        // a send cut short is sent again by the next start. With the broker gone, a send blocks for a minute and a
        // nudge queued behind it per write made meanwhile; waiting for them held a stop up for 10 s (#14)
        executor.shutdownNow();
        try {
            executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            lease.ifPresent(OutboxLease::release);
        } catch (RuntimeException e) {
            // the database is away already: the lease simply expires
            log.warn("Cannot release the outbox lease: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private record WrittenDocument(String collection, Object id) {
    }
}
