package cn.jixiao.devstack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import cn.jixiao.devstack.MongoWireServer;

class MongoDumpTest {

    @TempDir
    Path backup;

    @Test
    void everyDocumentComesBackByteForByteWithItsIndexesIntoAnotherServer() {
        var budget = new Document("_id", "p-1").append("name", "创建全省民族团结进步示范街道专项资金")
                .append("budget", new Decimal128(new BigDecimal("1200000.00")))
                .append("registeredAt", new Date(1_700_000_000_000L))
                .append("outbox", List.of(new Document("type", "ProjectRegistered").append("version", 1)));
        var chunk = new Document("_id", new ObjectId()).append("n", 0).append("data", new Binary(new byte[] {0, 1, 2, (byte) 255}));
        Map<String, Map<String, Long>> dumped;
        List<RawBsonDocument> projectsBefore;
        List<RawBsonDocument> chunksBefore;
        try (var source = MongoWireServer.inMemory(); var client = MongoClients.create(source.startOnFreePort())) {
            var projects = client.getDatabase("jixiao-projects").getCollection("projects");
            projects.insertOne(budget);
            projects.insertOne(new Document("_id", "p-2").append("name", "金辰街道老旧小区改造").append("code", "JC-2"));
            projects.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).name("code_unique"));
            client.getDatabase("jixiao-reports").getCollection("report_files.chunks").insertOne(chunk);
            client.getDatabase("jixiao-reports").createCollection("report_archives");
            projectsBefore = rawDocuments(client, "jixiao-projects", "projects");
            chunksBefore = rawDocuments(client, "jixiao-reports", "report_files.chunks");

            dumped = MongoDump.dump(client, backup);
        }

        assertThat(dumped).isEqualTo(Map.of(
                "jixiao-projects", Map.of("projects", 2L),
                "jixiao-reports", Map.of("report_files.chunks", 1L, "report_archives", 0L)));
        try (var target = MongoWireServer.inMemory(); var client = MongoClients.create(target.startOnFreePort())) {
            assertThat(MongoDump.restore(client, backup)).isEqualTo(dumped);

            assertThat(rawDocuments(client, "jixiao-projects", "projects")).containsExactlyInAnyOrderElementsOf(projectsBefore);
            assertThat(rawDocuments(client, "jixiao-reports", "report_files.chunks")).containsExactlyElementsOf(chunksBefore);
            assertThat(client.getDatabase("jixiao-reports").listCollectionNames().into(new ArrayList<>()))
                    .contains("report_archives");
            var indexes = client.getDatabase("jixiao-projects").getCollection("projects").listIndexes().into(new ArrayList<>());
            assertThat(indexes).anySatisfy(index -> {
                assertThat(index.getString("name")).isEqualTo("code_unique");
                assertThat(index.getBoolean("unique")).isTrue();
            });
        }
    }

    @Test
    void aCollectionThatAlreadyHoldsDocumentsIsNotLoadedInto() {
        try (var source = MongoWireServer.inMemory(); var client = MongoClients.create(source.startOnFreePort())) {
            client.getDatabase("jixiao-projects").getCollection("projects").insertOne(new Document("_id", "p-1"));
            MongoDump.dump(client, backup);

            assertThatThrownBy(() -> MongoDump.restore(client, backup))
                    .hasMessageContaining("jixiao-projects.projects").hasMessageContaining("already holds documents");
        }
    }

    private static List<RawBsonDocument> rawDocuments(MongoClient client, String database, String collection) {
        return client.getDatabase(database).getCollection(collection, RawBsonDocument.class).find().into(new ArrayList<>());
    }
}
