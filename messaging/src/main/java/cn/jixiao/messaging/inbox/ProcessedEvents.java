package cn.jixiao.messaging.inbox;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers which events each consumer has applied, so a redelivered event is applied once.
 * A unique index on {@code (consumer, eventId)} makes the memory itself safe against two deliveries
 * racing each other.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final ReactiveMongoTemplate mongo;

    public ProcessedEvents(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndex() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("consumer", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC)
                        .unique().named("consumer_event_unique"))
                .then();
    }

    /**
     * Applies {@code work} unless this consumer already applied the event. The work must itself be
     * idempotent (an upsert by id): a crash between the work and the marker means it runs again.
     */
    public Mono<Void> once(String consumer, UUID eventId, Supplier<Mono<Void>> work) {
        Query seen = Query.query(Criteria.where("consumer").is(consumer).and("eventId").is(eventId.toString()));
        return mongo.exists(seen, COLLECTION)
                .flatMap(done -> done ? Mono.<Void>empty() : work.get().then(mark(consumer, eventId)));
    }

    /**
     * Forgets every event the consumer applied, so that each is applied again when it is read again: for a read model
     * dropped to be rebuilt from the topics.
     */
    public Mono<Long> forget(String consumer) {
        return mongo.remove(Query.query(Criteria.where("consumer").is(consumer)), COLLECTION)
                .map(removed -> removed.getDeletedCount());
    }

    private Mono<Void> mark(String consumer, UUID eventId) {
        Document marker = new Document("consumer", consumer).append("eventId", eventId.toString())
                .append("processedAt", Instant.now());
        return mongo.insert(marker, COLLECTION)
                .onErrorResume(DuplicateKeyException.class, racedByAnotherDelivery -> Mono.empty())
                .then();
    }
}
