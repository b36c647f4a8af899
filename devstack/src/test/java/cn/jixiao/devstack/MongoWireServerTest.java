package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDocumentsAcrossRestartsOnTheSameFile() {
        var file = dataDir.resolve("jixiao.mv");

        try (var server = MongoWireServer.persistentAt(file);
             var client = MongoClients.create(server.startOnFreePort())) {
            client.getDatabase("jixiao-projects").getCollection("projects")
                    .insertOne(new Document("_id", "p-1").append("name", "金辰街道老旧小区改造"));
        }

        try (var server = MongoWireServer.persistentAt(file);
             var client = MongoClients.create(server.startOnFreePort())) {
            var found = client.getDatabase("jixiao-projects").getCollection("projects")
                    .find(new Document("_id", "p-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("金辰街道老旧小区改造");
        }
    }

    @Test
    void inMemoryServerStartsEmpty() {
        try (var server = MongoWireServer.inMemory();
             var client = MongoClients.create(server.startOnFreePort())) {
            assertThat(client.getDatabase("jixiao-projects").getCollection("projects").countDocuments()).isZero();
        }
    }
}
