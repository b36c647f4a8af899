package cn.jixiao.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.inbox.ProcessedEvents;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.OutboxRelay;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantHeaders;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedKafka(partitions = 1, topics = OutboxRelayTest.TOPIC)
class OutboxRelayTest {

    static final String TOPIC = "outbox-test";
    static final EventType<Map> NOTED = new EventType<>("Noted", 1, Map.class);

    private MongoServer server;
    private MongoClient client;
    private ReactiveMongoTemplate mongo;

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        mongo = new ReactiveMongoTemplate(client, "outbox-test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void sendsEachDocumentsEventsInOrderWithTheTenantHeaderThenRemovesThem(EmbeddedKafkaBroker broker) {
        insertWithOutbox("project-1", "jinchen", "first", "second");
        insertWithOutbox("project-2", "tuodong", "third");

        OutboxRelay relay = new OutboxRelay(mongo, template(broker.getBrokersAsString()), List.of("things"), Duration.ofHours(1));
        assertThat(relay.relayAll()).isEqualTo(3);

        List<ConsumerRecord<String, String>> records = consume(broker, 3);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("project-1", "project-1", "project-2");
        assertThat(records.get(0).value()).contains("\"note\":\"first\"");
        assertThat(records.get(1).value()).contains("\"note\":\"second\"");
        assertThat(new String(records.get(2).headers().lastHeader(TenantHeaders.TENANT).value())).isEqualTo("tuodong");
        assertThat(new String(records.get(2).headers().lastHeader(TenantHeaders.EVENT_TYPE).value())).isEqualTo("Noted");
        assertThat(pendingIn("project-1")).isEmpty();
        assertThat(pendingIn("project-2")).isEmpty();
        assertThat(relay.relayAll()).as("nothing is sent twice").isZero();
    }

    @Test
    void anEventPutBackByAStaleSaveIsRemovedWithoutBeingSentAgain(EmbeddedKafkaBroker broker) {
        insertWithOutbox("project-4", "jinchen", "once");
        Thing asReadByAnEditor = mongo.findById("project-4", Thing.class, "things").block();
        OutboxRelay relay = new OutboxRelay(mongo, template(broker.getBrokersAsString()), List.of("things"), Duration.ofHours(1));
        assertThat(relay.relayAll()).isEqualTo(1);

        mongo.save(asReadByAnEditor, "things").block();

        assertThat(relay.relayAll()).as("already sent").isZero();
        assertThat(pendingIn("project-4")).isEmpty();
    }

    @Test
    void whileTheBrokerIsAwayTheEventsWaitAndLeaveOnALaterPass(EmbeddedKafkaBroker broker) {
        insertWithOutbox("project-3", "jinchen", "kept");

        OutboxRelay away = new OutboxRelay(mongo, template("localhost:1"), List.of("things"), Duration.ofHours(1));
        assertThat(away.relayAll()).isZero();
        assertThat(pendingIn("project-3")).hasSize(1);

        OutboxRelay back = new OutboxRelay(mongo, template(broker.getBrokersAsString()), List.of("things"), Duration.ofHours(1));
        assertThat(back.relayAll()).isEqualTo(1);
        assertThat(pendingIn("project-3")).isEmpty();
    }

    @Test
    void anEntryForTheServicesOwnRecipientIsHandedOverInOrderWithoutTheBrokerThenRemoved() {
        List<String> kept = new ArrayList<>();
        LocalRecipient trail = recipient("trail", entry -> kept.add(entry.envelope().payload().get("note").asString()));
        insertWithOutbox("project-5", "jinchen", List.of(
                PendingEvent.toRecipient("trail", "project-5", noted("jinchen", "registered")),
                PendingEvent.toRecipient("trail", "project-5", noted("jinchen", "updated"))));

        OutboxRelay relay = new OutboxRelay(mongo, template("localhost:1"), List.of("things"), List.of(trail),
                Duration.ofHours(1));
        assertThat(relay.relayAll()).isEqualTo(2);

        assertThat(kept).containsExactly("registered", "updated");
        assertThat(pendingIn("project-5")).isEmpty();
        assertThat(relay.relayAll()).as("nothing is handed over twice").isZero();
    }

    @Test
    void anEntryARecipientCouldNotKeepWaitsForTheNextPass() {
        List<String> kept = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        LocalRecipient flaky = recipient("trail", entry -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
            kept.add(entry.eventId());
        });
        PendingEvent entry = PendingEvent.toRecipient("trail", "project-6", noted("jinchen", "registered"));
        insertWithOutbox("project-6", "jinchen", List.of(entry));
        OutboxRelay relay = new OutboxRelay(mongo, template("localhost:1"), List.of("things"), List.of(flaky),
                Duration.ofHours(1));

        assertThat(relay.relayAll()).isZero();
        assertThat(pendingIn("project-6")).hasSize(1);
        assertThat(relay.relayAll()).isEqualTo(1);
        assertThat(kept).containsExactly(entry.eventId());
        assertThat(pendingIn("project-6")).isEmpty();
    }

    @Test
    void anEntryWrittenForARecipientsFormerTopicIsHandedToTheRecipient() {
        List<String> kept = new ArrayList<>();
        LocalRecipient trail = new LocalRecipient() {
            @Override
            public String name() {
                return "trail";
            }

            @Override
            public Mono<Void> receive(PendingEvent entry) {
                return Mono.fromRunnable(() -> kept.add(entry.envelope().payload().get("note").asString()));
            }

            @Override
            public java.util.Set<String> formerTopics() {
                return java.util.Set.of("jixiao.former-trail");
            }
        };
        insertWithOutbox("project-7", "jinchen", List.of(
                PendingEvent.of("jixiao.former-trail", "project-7", noted("jinchen", "written before the change"))));

        OutboxRelay relay = new OutboxRelay(mongo, template("localhost:1"), List.of("things"), List.of(trail),
                Duration.ofHours(1));
        assertThat(relay.relayAll()).isEqualTo(1);

        assertThat(kept).containsExactly("written before the change");
        assertThat(pendingIn("project-7")).isEmpty();
    }

    @Test
    void aNudgeRelaysTheDocumentItNamesByItsIdAndLeavesTheOthersToTheSweep() {
        List<String> kept = new ArrayList<>();
        LocalRecipient trail = recipient("trail", entry -> kept.add(entry.envelope().payload().get("note").asString()));
        OutboxRelay relay = new OutboxRelay(mongo, template("localhost:1"), List.of("things"), List.of(trail),
                Duration.ofHours(1));
        insertWithOutbox("project-8", "jinchen", List.of(PendingEvent.toRecipient("trail", "project-8", noted("jinchen", "named"))));
        insertWithOutbox("project-9", "jinchen", List.of(PendingEvent.toRecipient("trail", "project-9", noted("jinchen", "not named"))));

        relay.nudge("things", "project-8");

        assertThat(relay.relayWritten()).isEqualTo(1);
        assertThat(kept).containsExactly("named");
        assertThat(pendingIn("project-9")).as("waits for the next sweep").hasSize(1);
        assertThat(relay.relayWritten()).as("each nudge is relayed once").isZero();
        assertThat(relay.relayAll()).isEqualTo(1);
        assertThat(kept).containsExactly("named", "not named");
    }

    @Test
    void aConsumerAppliesAnEventOnceHoweverOftenItIsDelivered() {
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.createIndex().block();
        EventEnvelope<Map> event = EventEnvelope.of(NOTED, "jinchen", Instant.now(), Map.of("note", "x"));
        AtomicInteger applied = new AtomicInteger();

        for (int delivery = 0; delivery < 3; delivery++) {
            processed.once("report-service", event.eventId(), () -> Mono.fromRunnable(applied::incrementAndGet)).block();
        }
        processed.once("evaluation-service", event.eventId(), () -> Mono.fromRunnable(applied::incrementAndGet)).block();

        assertThat(applied).as("once per consumer").hasValue(2);
    }

    private void insertWithOutbox(String id, String tenant, List<PendingEvent> pending) {
        mongo.insert(new Thing(id, tenant, pending), "things").block();
    }

    private static EventEnvelope<Map> noted(String tenant, String note) {
        return EventEnvelope.of(NOTED, tenant, Instant.now(), Map.of("note", note));
    }

    private static LocalRecipient recipient(String name, java.util.function.Consumer<PendingEvent> keep) {
        return new LocalRecipient() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Mono<Void> receive(PendingEvent entry) {
                return Mono.fromRunnable(() -> keep.accept(entry));
            }
        };
    }

    private void insertWithOutbox(String id, String tenant, String... notes) {
        List<PendingEvent> pending = new ArrayList<>();
        for (String note : notes) {
            pending.add(PendingEvent.of(TOPIC, id, EventEnvelope.of(NOTED, tenant, Instant.now(), Map.of("note", note))));
        }
        mongo.insert(new Thing(id, tenant, pending), "things").block();
    }

    private List<Document> pendingIn(String id) {
        return mongo.findById(id, Document.class, "things").block().getList(PendingEvent.FIELD, Document.class);
    }

    private static KafkaTemplate<String, String> template(String brokers) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000)));
    }

    private static List<ConsumerRecord<String, String>> consume(EmbeddedKafkaBroker broker, int count) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "relay-test", false);
        props.put("key.deserializer", StringDeserializer.class);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, TOPIC);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(10), count).forEach(records::add);
            return records;
        }
    }

    record Thing(String id, String tenantId, List<PendingEvent> outbox) {
    }
}
