package cn.jixiao.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.messaging.outbox.OutboxBacklog;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's backlog as Prometheus reads it: the events waiting per collection and the age of the oldest, counted
 * at most once per refresh period however often it is scraped, and no value while the database is away.
 */
class OutboxBacklogTest {

    private static final Instant NOON = Instant.parse("2026-12-07T04:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private MongoServer server;
    private MongoClient client;
    private ReactiveMongoTemplate mongo;

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        mongo = new ReactiveMongoTemplate(client, "outbox-backlog");
        new OutboxBacklog(mongo, List.of("projects", "templates"), Duration.ofSeconds(5), clock).bindTo(meters);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void countsTheWaitingEventsAndHowLongTheOldestHasWaitedPerCollection() {
        waiting("projects", "p-1", NOON.minusSeconds(40), NOON.minusSeconds(3));
        waiting("projects", "p-2", NOON.minusSeconds(7));
        waiting("projects", "p-3");

        assertThat(pending("projects")).isEqualTo(3);
        assertThat(oldestAge("projects")).isEqualTo(40);
        assertThat(pending("templates")).isZero();
        assertThat(oldestAge("templates")).as("nothing waits").isZero();
    }

    @Test
    void scrapesWithinTheRefreshPeriodAnswerFromTheLastCount() {
        waiting("projects", "p-1", NOON.minusSeconds(10));
        assertThat(pending("projects")).isEqualTo(1);

        waiting("projects", "p-2", NOON.minusSeconds(20));
        clock.advance(Duration.ofSeconds(4));
        assertThat(pending("projects")).as("counted 4 s ago").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(pending("projects")).isEqualTo(2);
        assertThat(oldestAge("projects")).isEqualTo(25);
    }

    @Test
    void whileTheDatabaseIsAwayTheGaugesHaveNoValue() {
        waiting("projects", "p-1", NOON.minusSeconds(10));
        assertThat(pending("projects")).isEqualTo(1);

        server.shutdownNow();
        clock.advance(Duration.ofSeconds(5));

        assertThat(pending("projects")).isNaN();
        assertThat(oldestAge("projects")).isNaN();
    }

    private void waiting(String collection, String id, Instant... occurredAt) {
        List<Document> outbox = java.util.Arrays.stream(occurredAt)
                .map(at -> new Document("eventId", id + "-" + at.getEpochSecond()).append("occurredAt", java.util.Date.from(at)))
                .toList();
        mongo.save(new Document("_id", id).append(PendingEvent.FIELD, outbox), collection).block();
    }

    private double pending(String collection) {
        return meters.get(OutboxBacklog.PENDING).tag("collection", collection).gauge().value();
    }

    private double oldestAge(String collection) {
        return meters.get(OutboxBacklog.OLDEST_AGE).tag("collection", collection).gauge().value();
    }
}
