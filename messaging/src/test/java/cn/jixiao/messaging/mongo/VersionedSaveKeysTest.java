package cn.jixiao.messaging.mongo;

import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every versioned document's collection gets a unique index on {@code _id} and its version, which the local stack's
 * store answers a versioned save from; the optimistic lock works as before with it.
 */
class VersionedSaveKeysTest {

    @Document("budgets")
    record Budget(@Id String id, String amount, @Version Long version) {
    }

    @Document("audit")
    record AuditEntry(@Id String id, String what) {
    }

    private MongoServer server;
    private MongoClient client;
    private ReactiveMongoTemplate mongo;
    private List<MongoPersistentEntity<?>> entities;

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        mongo = new ReactiveMongoTemplate(client, "versioned-save-test");
        MongoMappingContext mapping = (MongoMappingContext) mongo.getConverter().getMappingContext();
        entities = List.of(mapping.getRequiredPersistentEntity(Budget.class),
                mapping.getRequiredPersistentEntity(AuditEntry.class));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aVersionedCollectionGetsAUniqueIndexOnItsIdAndVersionAndAnUnversionedOneNone() {
        VersionedSaveKeys.ensure(mongo, entities).block();

        List<IndexInfo> budgets = mongo.indexOps("budgets").getIndexInfo().collectList().block();
        assertThat(budgets).filteredOn(index -> index.getName().equals(VersionedSaveKeys.INDEX_NAME))
                .singleElement()
                .satisfies(index -> {
                    assertThat(index.isUnique()).isTrue();
                    assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("_id", "version");
                });
        assertThat(mongo.indexOps("audit").getIndexInfo().collectList().block())
                .noneMatch(index -> index.getName().equals(VersionedSaveKeys.INDEX_NAME));
    }

    @Test
    void ensuringTwiceAsEveryInstanceOfAServiceDoesAtStartIsHarmless() {
        VersionedSaveKeys.ensure(mongo, entities).block();
        VersionedSaveKeys.ensure(mongo, entities).block();

        assertThat(mongo.indexOps("budgets").getIndexInfo().collectList().block())
                .filteredOn(index -> index.getName().equals(VersionedSaveKeys.INDEX_NAME)).hasSize(1);
    }

    @Test
    void withTheIndexASaveOnTheVersionReadSucceedsAndASaveOnAStaleVersionIsStillRefused() {
        VersionedSaveKeys.ensure(mongo, entities).block();
        Budget first = mongo.insert(new Budget("project-1", "2000000.00", null)).block();
        Budget readByTwoClerks = mongo.findById("project-1", Budget.class).block();

        Budget saved = mongo.save(new Budget("project-1", "1800000.00", readByTwoClerks.version())).block();

        assertThat(saved.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> mongo.save(new Budget("project-1", "1900000.00", readByTwoClerks.version())).block())
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mongo.findById("project-1", Budget.class).block().amount()).isEqualTo("1800000.00");
    }
}
