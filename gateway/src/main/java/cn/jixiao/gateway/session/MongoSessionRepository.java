package cn.jixiao.gateway.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;

/**
 * The browser sessions in MongoDB, one document each, so that every gateway instance sees every session.
 *
 * <p>A session's attributes (the signed-in user, the tokens Keycloak issued for them, the CSRF and sign-in
 * state) are Spring Security's own serializable objects; they are stored JDK-serialized in one binary field, as
 * Spring Session's MongoDB module did, instead of a mapping of classes that are not ours to keep stable. Only
 * classes of the JDK, Spring and the token libraries are read back (a filter), and a document that cannot be
 * read is treated as no session: the user signs in again. Beside it the times in plain fields, for the sweep
 * and for an operator's query.
 *
 * <p>An expired session is never answered, whatever the sweep has done yet ({@link #findById}); the sweep
 * ({@link #deleteExpired}) only keeps the collection small. See ADR 0010 for why this is ours and not
 * spring-session-data-mongodb.
 */
public final class MongoSessionRepository implements ReactiveSessionRepository<MapSession> {

    static final String COLLECTION = "sessions";

    private static final Logger log = LoggerFactory.getLogger(MongoSessionRepository.class);
    private static final ObjectInputFilter ONLY_KNOWN_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=10000;maxbytes=1000000;java.**;javax.**;org.springframework.**;com.nimbusds.**;"
                    + "net.minidev.**;cn.jixiao.**;!*");

    private final ReactiveMongoOperations mongo;
    private final Duration maxInactiveInterval;
    private final Clock clock;

    public MongoSessionRepository(ReactiveMongoOperations mongo, Duration maxInactiveInterval, Clock clock) {
        this.mongo = mongo;
        this.maxInactiveInterval = maxInactiveInterval;
        this.clock = clock;
    }

    @Override
    public Mono<MapSession> createSession() {
        return Mono.fromSupplier(() -> {
            MapSession session = new MapSession();
            session.setCreationTime(clock.instant());
            session.setLastAccessedTime(session.getCreationTime());
            session.setMaxInactiveInterval(maxInactiveInterval);
            return session;
        });
    }

    @Override
    public Mono<Void> save(MapSession session) {
        Document document = new Document("_id", session.getId())
                .append("created", Date.from(session.getCreationTime()))
                .append("accessed", Date.from(session.getLastAccessedTime()))
                .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expireAt", Date.from(expiry(session)))
                .append("attributes", new Binary(serialize(session)));
        Mono<Void> saved = mongo.getCollection(COLLECTION)
                .flatMap(collection -> Mono.from(collection.replaceOne(
                        new Document("_id", session.getId()), document,
                        new com.mongodb.client.model.ReplaceOptions().upsert(true))))
                .then();
        // a new id at sign-in (against session fixation): the session under the old id is gone
        boolean renamed = !session.getId().equals(session.getOriginalId());
        return renamed ? saved.then(deleteById(session.getOriginalId())) : saved;
    }

    @Override
    public Mono<MapSession> findById(String id) {
        return mongo.getCollection(COLLECTION)
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", id)).first()))
                .flatMap(document -> {
                    MapSession session = read(document);
                    if (session == null || !expiry(session).isAfter(clock.instant())) {
                        return deleteById(id).then(Mono.empty());
                    }
                    return Mono.just(session);
                });
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).then();
    }

    /** Removes the sessions expired by now; what a TTL index would do, on any server that speaks MongoDB's protocol. */
    public Mono<Long> deleteExpired() {
        return mongo.remove(Query.query(Criteria.where("expireAt").lt(Date.from(clock.instant()))), COLLECTION)
                .map(result -> result.getDeletedCount());
    }

    private Instant expiry(MapSession session) {
        Duration interval = session.getMaxInactiveInterval();
        // a negative interval means "never expires" to Spring Session; not for a browser session of ours
        return session.getLastAccessedTime().plus(interval.isNegative() ? maxInactiveInterval : interval);
    }

    private static byte[] serialize(MapSession session) {
        HashMap<String, Object> attributes = new HashMap<>();
        for (String name : session.getAttributeNames()) {
            Object value = session.getAttribute(name);
            if (!(value instanceof Serializable)) {
                throw new IllegalStateException("Session attribute " + name + " is not serializable: " + value.getClass());
            }
            attributes.put(name, value);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialize the session's attributes", e);
        }
        return bytes.toByteArray();
    }

    private MapSession read(Document document) {
        try {
            MapSession session = new MapSession(document.getString("_id"));
            session.setCreationTime(document.getDate("created").toInstant());
            session.setLastAccessedTime(document.getDate("accessed").toInstant());
            session.setMaxInactiveInterval(Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
            deserialize(document.get("attributes", Binary.class).getData()).forEach(session::setAttribute);
            return session;
        } catch (RuntimeException | IOException | ClassNotFoundException e) {
            // e.g. written by an older gateway whose classes changed: the user signs in again
            log.warn("Dropping a session that cannot be read: {}", e.toString());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ONLY_KNOWN_CLASSES);
            return (Map<String, Object>) in.readObject();
        }
    }
}
