package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void keepsClusterIdDataAndLoginsAcrossRestarts() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        var dataDir = dir.resolve("kafka");
        String clusterId;
        KafkaLogins logins;

        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            clusterId = broker.clusterId();
            logins = broker.logins();
            var project = broker.logins().of(Service.PROJECT).orElseThrow();
            try (var producer = producer(broker.clientProperties(project))) {
                producer.send(new ProducerRecord<>(KafkaTopicGrants.PROJECT_EVENTS, "p-1", "项目已登记")).get();
            }
        }

        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            assertThat(broker.clusterId()).isNotBlank().isEqualTo(clusterId);
            assertThat(broker.logins()).isEqualTo(logins);
            var report = broker.logins().of(Service.REPORT).orElseThrow();
            assertThat(consumeOne(broker.clientProperties(report), KafkaTopicGrants.PROJECT_EVENTS, "report-service"))
                    .isEqualTo("项目已登记");
        }
    }

    @Test
    void aStorageFormattedWithoutLoginsIsFormattedAgainWithThem() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        var dataDir = dir.resolve("kafka");
        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            assertThat(broker.logins().admin().username()).isEqualTo("jixiao-admin");
        }
        // as a data folder from before the broker had logins: partitions and metadata, no logins file
        java.nio.file.Files.delete(dataDir.resolve("sasl-logins.properties"));

        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            var evaluation = broker.logins().of(Service.EVALUATION).orElseThrow();
            try (var producer = producer(broker.clientProperties(evaluation))) {
                producer.send(new ProducerRecord<>(KafkaTopicGrants.EVALUATION_EVENTS, "p-1", "已评分")).get();
            }
        }
    }

    @Test
    void aBrokerKilledWithSigkillComesBackOnItsDataWithoutBeingFormattedAgain() throws Exception {
        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("kafka"),
                dir.resolve("logs"))) {
            var project = broker.logins().of(Service.PROJECT).orElseThrow();
            try (var producer = producer(broker.clientProperties(project))) {
                producer.send(new ProducerRecord<>(KafkaTopicGrants.PROJECT_EVENTS, "p-1", "项目已登记")).get();
            }
            var formatLog = dir.resolve("logs").resolve("kafka-storage.log");
            var formatted = java.nio.file.Files.getLastModifiedTime(formatLog);
            long killed = broker.process().serverPid();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            broker.process().unexpectedExit().get(30, java.util.concurrent.TimeUnit.SECONDS);

            broker.restart();

            assertThat(broker.process().pid()).isNotEqualTo(killed);
            assertThat(java.nio.file.Files.getLastModifiedTime(formatLog))
                    .as("formatted once, at the first start").isEqualTo(formatted);
            var report = broker.logins().of(Service.REPORT).orElseThrow();
            assertThat(consumeOne(broker.clientProperties(report), KafkaTopicGrants.PROJECT_EVENTS, "report-service"))
                    .isEqualTo("项目已登记");
        }
    }

    static KafkaProducer<String, String> producer(Map<String, Object> client) {
        var properties = new HashMap<>(client);
        properties.put("max.block.ms", 10_000);
        properties.put("delivery.timeout.ms", 10_000);
        properties.put("request.timeout.ms", 5_000);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    static KafkaConsumer<String, String> consumer(Map<String, Object> client, String group) {
        var properties = new HashMap<>(client);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    static String consumeOne(Map<String, Object> client, String topic, String groupPrefix) {
        try (var consumer = consumer(client, groupPrefix + "-test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(topic));
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> consumed : consumer.poll(Duration.ofMillis(500))) {
                    return consumed.value();
                }
            }
            throw new AssertionError("No record on " + topic + " within 30 s");
        }
    }
}
