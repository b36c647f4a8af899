package cn.jixiao.gateway.session;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.session.MapSession;

import cn.jixiao.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSessionRepositoryTest {

    MongoServer server;
    MongoClient client;
    ReactiveMongoTemplate mongo;
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    MongoSessionRepository sessions;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        mongo = new ReactiveMongoTemplate(client, "jixiao-gateway");
        sessions = new MongoSessionRepository(mongo, Duration.ofMinutes(30), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSavedSessionIsFoundWithItsAttributesByAnyReader() {
        MapSession session = sessions.createSession().block();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new ArrayList<>(List.of("jinchen-editor", 42)));
        sessions.save(session).block();

        MongoSessionRepository otherInstance = new MongoSessionRepository(mongo, Duration.ofMinutes(30), clock);
        MapSession found = otherInstance.findById(session.getId()).block();
        assertThat(found).isNotNull();
        assertThat(found.<List<Object>>getAttribute("SPRING_SECURITY_CONTEXT")).containsExactly("jinchen-editor", 42);
        assertThat(found.getCreationTime()).isEqualTo(session.getCreationTime());
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anIdleSessionIsNeverAnsweredOnceExpiredWhateverTheSweepHasDone() {
        MapSession session = sessions.createSession().block();
        sessions.save(session).block();

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.findById(session.getId()).block()).isNotNull();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sessions.findById(session.getId()).block()).isNull();
        assertThat(count()).as("and it is gone from the store").isZero();
    }

    @Test
    void theSweepRemovesTheExpiredSessionsOnly() {
        MapSession idle = sessions.createSession().block();
        sessions.save(idle).block();
        clock.advance(Duration.ofMinutes(20));
        MapSession active = sessions.createSession().block();
        sessions.save(active).block();

        clock.advance(Duration.ofMinutes(15));
        assertThat(sessions.deleteExpired().block()).isEqualTo(1);
        assertThat(sessions.findById(active.getId()).block()).isNotNull();
    }

    @Test
    void aNewIdAtSignInLeavesNothingUnderTheOldOne() {
        MapSession session = sessions.createSession().block();
        sessions.save(session).block();
        MapSession loaded = sessions.findById(session.getId()).block();
        String before = loaded.getId();

        loaded.changeSessionId();
        sessions.save(loaded).block();

        assertThat(sessions.findById(before).block()).isNull();
        assertThat(sessions.findById(loaded.getId()).block()).isNotNull();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aSessionThatCannotBeReadIsNoSessionTheUserSignsInAgain() {
        MapSession session = sessions.createSession().block();
        sessions.save(session).block();
        Mono.from(client.getDatabase("jixiao-gateway").getCollection(MongoSessionRepository.COLLECTION)
                .updateOne(new Document("_id", session.getId()),
                        new Document("$set", new Document("attributes", new Binary(new byte[] {1, 2, 3}))))).block();

        assertThat(sessions.findById(session.getId()).block()).isNull();
    }

    private long count() {
        return Mono.from(client.getDatabase("jixiao-gateway").getCollection(MongoSessionRepository.COLLECTION)
                .countDocuments()).block();
    }
}
