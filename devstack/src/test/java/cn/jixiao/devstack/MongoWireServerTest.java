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
    void everyAcknowledgedWriteSurvivesAKill9OfTheServerProcess() {
        var port = FreePorts.next();
        var server = MongoWireServer.startChildProcess(dataDir.resolve("jixiao.mv"), port, dataDir.resolve("logs"));
        try {
            var uri = "mongodb://127.0.0.1:" + port;
            try (var client = MongoClients.create(uri)) {
                var projects = client.getDatabase("jixiao-projects").getCollection("projects");
                for (int i = 1; i <= 50; i++) {
                    projects.insertOne(new Document("_id", "p-" + i).append("name", "项目 " + i));
                }
                // acknowledged: killed at once, well within the store's own commit interval of a second
                ProcessHandle.of(server.process().serverPid()).orElseThrow().destroyForcibly();
            }

            server.restart();

            try (var client = MongoClients.create(uri)) {
                var projects = client.getDatabase("jixiao-projects").getCollection("projects");
                assertThat(projects.countDocuments()).isEqualTo(50);
                assertThat(projects.find(new Document("_id", "p-50")).first()).isNotNull();
            }
        } finally {
            server.close();
        }
    }

    /** Spring Boot's health indicator greets the server with {@code hello}, as every current MongoDB answers it. */
    @Test
    void bothKindsAnswerTheHelloAServicesHealthSends() {
        try (var memory = MongoWireServer.inMemory();
             var file = MongoWireServer.persistentAt(dataDir.resolve("jixiao.mv"));
             var toMemory = MongoClients.create(memory.startOnFreePort());
             var toFile = MongoClients.create(file.startOnFreePort())) {
            for (var client : java.util.List.of(toMemory, toFile)) {
                Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
                assertThat(hello.get("ok")).isIn(1, 1.0);
                assertThat(hello.get("maxWireVersion")).isNotNull();
            }
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
