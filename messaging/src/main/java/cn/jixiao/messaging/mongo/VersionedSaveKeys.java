package cn.jixiao.messaging.mongo;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * A unique index on {@code _id} and the version field of every versioned document, so that a versioned save (the
 * optimistic lock: "replace the document whose {@code _id} is X and whose version is still N") is answered from an
 * index and not by reading the whole collection.
 *
 * <p>Why an index that a real MongoDB does not need: there, {@code _id} alone finds the document and the version is
 * checked on that one. The local stack's MongoDB-protocol server uses an index only for a query naming exactly its
 * fields (mongo-java-server's {@code AbstractUniqueIndex.canHandle}), so {@code {_id, version}} read every document
 * of the collection, under the collection's lock, on every budget update, actuals report and evaluation save
 * (docs/measurements.md, "The write path without scans"). The index is unique because that store ignores
 * non-unique ones; it is trivially unique, since {@code _id} is. On a real MongoDB it costs one small index per
 * versioned collection.
 */
public final class VersionedSaveKeys {

    /** The index's name in every versioned collection. */
    public static final String INDEX_NAME = "versioned_save";

    private static final Logger log = LoggerFactory.getLogger(VersionedSaveKeys.class);

    private VersionedSaveKeys() {
    }

    /**
     * Ensures the index in each versioned entity's collection; an entity without a version property is left alone.
     * Creating an index that exists is a no-op. A failure is logged and not raised: without the index every save is
     * still correct, only slower.
     */
    public static Mono<Void> ensure(ReactiveMongoOperations mongo, List<? extends MongoPersistentEntity<?>> entities) {
        return Flux.fromIterable(entities)
                .filter(MongoPersistentEntity::hasVersionProperty)
                .concatMap(entity -> mongo.indexOps(entity.getCollection())
                        .createIndex(indexFor(entity))
                        .doOnError(e -> log.warn("Could not create the index {} in {}: versioned saves there will read "
                                + "the whole collection on the local store", INDEX_NAME, entity.getCollection(), e))
                        .onErrorResume(e -> Mono.empty()))
                .then();
    }

    static Index indexFor(MongoPersistentEntity<?> entity) {
        return new Index().on("_id", Sort.Direction.ASC)
                .on(entity.getRequiredVersionProperty().getFieldName(), Sort.Direction.ASC)
                .unique()
                .named(INDEX_NAME);
    }

    /** How long a service's start waits for the indexes before it goes on without them. */
    static final Duration AT_START = Duration.ofSeconds(20);
}
