package cn.jixiao.messaging;

import cn.jixiao.testing.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.OutboxLease;
import cn.jixiao.messaging.outbox.OutboxRelay;
import cn.jixiao.messaging.outbox.PendingEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of one service share one database: only the holder of the service's lease relays its outboxes. */
class OutboxLeaseTest {

    static final EventType<Map> NOTED = new EventType<>("Noted", 1, Map.class);
    static final Duration LEASE = Duration.ofSeconds(10);

    private MongoServer server;
    private MongoClient client;
    private ReactiveMongoTemplate mongo;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final List<String> handedOver = new ArrayList<>();

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        mongo = new ReactiveMongoTemplate(client, "lease-test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theFirstInstanceToClaimHoldsTheLeaseAndRenewsIt() {
        OutboxLease first = lease("instance-1");
        OutboxLease second = lease("instance-2");

        assertThat(first.claim()).isTrue();
        assertThat(second.claim()).as("held by instance-1 until it expires").isFalse();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(first.claim()).as("the holder renews").isTrue();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(second.claim()).as("renewed, so not yet expired").isFalse();
        assertThat(leaseDocument().getString("holder")).isEqualTo("instance-1");
    }

    @Test
    void onlyTheLeaseHolderRelays() {
        insertWithOutbox("project-1", "first", "second");
        OutboxRelay holder = relay("instance-1");
        OutboxRelay other = relay("instance-2");

        assertThat(holder.relayAll()).isEqualTo(2);
        insertWithOutbox("project-2", "third");
        assertThat(other.relayAll()).as("the other instance leaves the entries to the holder").isZero();
        assertThat(pendingIn("project-2")).hasSize(1);
        assertThat(holder.relayAll()).isEqualTo(1);

        assertThat(handedOver).as("each entry relayed once").containsExactly("first", "second", "third");
    }

    @Test
    void aDeadHoldersLeaseIsTakenOverAfterItExpires() {
        OutboxRelay dead = relay("instance-1");
        OutboxRelay survivor = relay("instance-2");
        assertThat(dead.relayAll()).as("instance-1 takes the lease, then dies without releasing it").isZero();

        insertWithOutbox("project-3", "written while the holder was dead");
        clock.advance(LEASE.minusSeconds(1));
        assertThat(survivor.relayAll()).as("the lease has not expired yet").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(survivor.relayAll()).isEqualTo(1);

        assertThat(handedOver).containsExactly("written while the holder was dead");
        assertThat(leaseDocument().getString("holder")).isEqualTo("instance-2");
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        OutboxLease stopping = lease("instance-1");
        OutboxLease other = lease("instance-2");
        assertThat(stopping.claim()).isTrue();

        stopping.release();
        clock.advance(Duration.ofMillis(1));

        assertThat(other.claim()).isTrue();
        assertThat(stopping.claim()).isFalse();
    }

    @Test
    void eachServiceHasItsOwnLease() {
        var projects = new OutboxLease(mongo, "project-service", "instance-1", LEASE, clock);
        var reports = new OutboxLease(mongo, "report-service", "instance-2", LEASE, clock);

        assertThat(projects.claim()).isTrue();
        assertThat(reports.claim()).isTrue();
    }

    private OutboxLease lease(String instance) {
        return new OutboxLease(mongo, "project-service", instance, LEASE, clock);
    }

    /** A relay whose entries go to a local recipient, so the test needs no broker (the template points nowhere). */
    private OutboxRelay relay(String instance) {
        LocalRecipient trail = new LocalRecipient() {
            @Override
            public String name() {
                return "trail";
            }

            @Override
            public Mono<Void> receive(PendingEvent entry) {
                return Mono.fromRunnable(() -> handedOver.add(entry.envelope().payload().get("note").asString()));
            }
        };
        var nowhere = new KafkaTemplate<String, String>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        return new OutboxRelay(mongo, nowhere, List.of("things"), List.of(trail), Duration.ofHours(1),
                Optional.of(lease(instance)));
    }

    private void insertWithOutbox(String id, String... notes) {
        List<PendingEvent> pending = new ArrayList<>();
        for (String note : notes) {
            pending.add(PendingEvent.toRecipient("trail", id,
                    EventEnvelope.of(NOTED, "jinchen", clock.instant(), Map.of("note", note))));
        }
        mongo.insert(new OutboxRelayTest.Thing(id, "jinchen", pending), "things").block();
    }

    private List<Document> pendingIn(String id) {
        return mongo.findById(id, Document.class, "things").block().getList(PendingEvent.FIELD, Document.class);
    }

    private Document leaseDocument() {
        return mongo.findById("project-service", Document.class, "outbox_lease").block();
    }
}
