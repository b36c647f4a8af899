package cn.jixiao.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mapping.callback.ReactiveEntityCallbacks;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.OutboxCollections;
import cn.jixiao.messaging.outbox.OutboxRelay;
import cn.jixiao.messaging.outbox.OutboxWakeUp;
import cn.jixiao.messaging.outbox.PendingEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aggregate declares its outbox by implementing {@link HasOutbox}; nothing else is configured: the relay finds
 * its collection, and saving it wakes the relay.
 */
class DeclaredOutboxTest {

    @Document("approvals")
    record Approval(@Id String id, List<PendingEvent> outbox) implements HasOutbox {
        Approval {
            outbox = HasOutbox.kept(outbox);
        }
    }

    @Document("notes")
    record Note(@Id String id, String text) {
    }

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theRelayDrainsTheCollectionsOfTheAggregatesThatDeclareAnOutboxAndNoOthers() {
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
        mapping.setInitialEntitySet(Set.of(Approval.class, Note.class));
        mapping.afterPropertiesSet();

        assertThat(OutboxCollections.declaredIn(mapping)).containsExactly("approvals");
    }

    @Test
    void savingAnAggregateWithWaitingEventsWakesTheRelayAndOneWithoutDoesNot() {
        CountingRelay relay = new CountingRelay(template());
        ReactiveMongoTemplate mongo = template();
        mongo.setEntityCallbacks(ReactiveEntityCallbacks.create(new OutboxWakeUp(() -> Optional.of(relay))));
        PendingEvent event = new PendingEvent("e-1", "t", "k", "Approved", "jinchen", "{}", java.time.Instant.now(), null);

        mongo.save(new Approval("a-1", List.of())).block();
        assertThat(relay.nudges).isZero();

        mongo.save(new Approval("a-1", HasOutbox.plus(List.of(), event))).block();
        mongo.insert(new Approval("a-2", List.of(event))).block();
        assertThat(relay.nudges).isEqualTo(2);
    }

    @Test
    void anAggregatesOutboxIsItsOwnCopyAndNewEventsComeLast() {
        PendingEvent first = new PendingEvent("e-1", "t", "k", "A", "jinchen", "{}", java.time.Instant.now(), null);
        PendingEvent second = new PendingEvent("e-2", "t", "k", "B", "jinchen", "{}", java.time.Instant.now(), null);
        java.util.ArrayList<PendingEvent> given = new java.util.ArrayList<>(List.of(first));

        Approval approval = new Approval("a-1", given);
        given.clear();

        assertThat(approval.outbox()).containsExactly(first);
        assertThat(HasOutbox.plus(approval.outbox(), second)).containsExactly(first, second);
        assertThat(new Approval("a-2", null).outbox()).isEmpty();
    }

    private ReactiveMongoTemplate template() {
        return new ReactiveMongoTemplate(client, "declared-outbox");
    }

    /** A relay that only counts how often it is asked for a pass. */
    static final class CountingRelay extends OutboxRelay {
        int nudges;

        CountingRelay(ReactiveMongoTemplate mongo) {
            super(mongo, null, List.of(), Duration.ofHours(1));
        }

        @Override
        public void nudge(String collection, Object id) {
            nudges++;
        }
    }
}
