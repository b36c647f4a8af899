package cn.jixiao.messaging.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.bson.types.Binary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The dead letters as the desk keeps them, one document per letter in the hosting service's {@value #COLLECTION}
 * collection, {@code _id} the letter's partition and offset on the dead-letter topic. Every write is one document's:
 * a letter is inserted once (a redelivered letter finds its {@code _id} taken), and a replay is pushed onto its
 * letter's {@code replays} by one update, so the store needs no transaction.
 */
public class DeadLetterArchive {

    static final String COLLECTION = "dead_letters";

    private final ReactiveMongoTemplate mongo;

    public DeadLetterArchive(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("refusedAt", Sort.Direction.DESC).named("newest_first"))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("consumer", Sort.Direction.ASC)
                        .on("refusedAt", Sort.Direction.DESC).named("consumer_newest_first")))
                .then();
    }

    /** Keeps a letter read from the dead-letter topic; one read again (a redelivery) changes nothing. */
    Mono<Void> keep(ConsumerRecord<String, String> record, LetterHeaders letter) {
        List<Document> headers = new ArrayList<>();
        letter.originalHeaders().forEach(header -> headers.add(new Document("name", header.key())
                .append("value", new Binary(header.value() == null ? new byte[0] : header.value()))));
        Document document = new Document("_id", idOf(record.partition(), record.offset()))
                .append("letterPartition", record.partition())
                .append("letterOffset", record.offset())
                .append("consumer", letter.consumer())
                .append("originalTopic", letter.originalTopic())
                .append("originalPartition", letter.originalPartition())
                .append("originalOffset", letter.originalOffset())
                .append("eventId", letter.eventId())
                .append("eventType", letter.eventType())
                .append("aggregateId", record.key())
                .append("reasonCode", letter.reasonCode())
                .append("reason", letter.reason())
                .append("reasonZh", letter.reasonZh())
                .append("refusedAt", Date.from(letter.refusedAt()))
                .append("key", record.key())
                .append("value", record.value())
                .append("headers", headers)
                .append("replays", List.of());
        return mongo.insert(document, COLLECTION)
                .then()
                .onErrorResume(DuplicateKeyException.class, keptAlready -> Mono.empty());
    }

    /** A page of letters, newest first, of one consumer or of all. */
    Mono<DeadLetterPage> page(Optional<String> consumer, int page, int size) {
        Query query = ofConsumer(consumer)
                // two letters of the same millisecond: the later on the dead-letter topic first
                .with(Sort.by(Sort.Order.desc("refusedAt"), Sort.Order.desc("letterOffset")))
                .skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).map(DeadLetterArchive::letterOf).collectList()
                .zipWith(mongo.count(ofConsumer(consumer), COLLECTION))
                .map(found -> new DeadLetterPage(found.getT1(), page, size, found.getT2()));
    }

    private static Query ofConsumer(Optional<String> consumer) {
        return consumer.map(name -> Query.query(Criteria.where("consumer").is(name))).orElseGet(Query::new);
    }

    Mono<DeadLetter> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(DeadLetterArchive::letterOf);
    }

    /** A consumer's letters not replayed yet, in the order the consumer read them. */
    Flux<DeadLetter> waitingOf(String consumer) {
        Query query = Query.query(Criteria.where("consumer").is(consumer).and("replays").size(0))
                .with(Sort.by("originalTopic", "originalPartition", "originalOffset"));
        return mongo.find(query, Document.class, COLLECTION).map(DeadLetterArchive::letterOf);
    }

    /** Records a replay on its letter, in one update of that document. */
    Mono<DeadLetter> replayed(String id, DeadLetter.Replay replay) {
        Document entry = new Document("by", replay.by()).append("at", Date.from(replay.at()))
                .append("topic", replay.topic()).append("partition", replay.partition())
                .append("offset", replay.offset());
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("replays", entry),
                        COLLECTION)
                .then(find(id));
    }

    /** The original record's headers as they arrived, bytes and all, for a replay. */
    Mono<RecordHeaders> originalHeaders(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(document -> {
            RecordHeaders headers = new RecordHeaders();
            document.getList("headers", Document.class, List.of()).forEach(header -> headers.add(
                    new RecordHeader(header.getString("name"), bytesOf(header.get("value")))));
            return headers;
        });
    }

    static String idOf(int partition, long offset) {
        return partition + "-" + offset;
    }

    private static DeadLetter letterOf(Document document) {
        List<DeadLetter.Header> headers = document.getList("headers", Document.class, List.of()).stream()
                .map(header -> new DeadLetter.Header(header.getString("name"),
                        new String(bytesOf(header.get("value")), StandardCharsets.UTF_8)))
                .toList();
        List<DeadLetter.Replay> replays = document.getList("replays", Document.class, List.of()).stream()
                .map(replay -> new DeadLetter.Replay(replay.getString("by"), replay.getDate("at").toInstant(),
                        replay.getString("topic"), replay.getInteger("partition"),
                        ((Number) replay.get("offset")).longValue()))
                .toList();
        return new DeadLetter(document.getString("_id"), document.getString("consumer"),
                document.getString("originalTopic"), ((Number) document.get("originalPartition")).intValue(),
                ((Number) document.get("originalOffset")).longValue(), document.getString("eventId"),
                document.getString("eventType"), document.getString("aggregateId"), document.getString("reasonCode"),
                document.getString("reason"), document.getString("reasonZh"),
                instantOf(document.getDate("refusedAt")), document.getString("value"), headers, replays);
    }

    /** A header's bytes as stored: the driver reads BSON binary back as {@link Binary} or as a byte array. */
    private static byte[] bytesOf(Object value) {
        return value instanceof Binary binary ? binary.getData() : value instanceof byte[] bytes ? bytes : new byte[0];
    }

    private static Instant instantOf(Date date) {
        return date == null ? null : date.toInstant();
    }
}
