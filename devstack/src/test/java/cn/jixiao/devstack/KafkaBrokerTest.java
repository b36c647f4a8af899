package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final String TOPIC = "evaluation-events";

    @TempDir
    Path dir;

    @Test
    void deliversRecordsAndKeepsClusterIdAndDataAcrossRestarts() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        var dataDir = dir.resolve("kafka");
        String clusterId;

        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            clusterId = broker.clusterId();
            try (var admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "p-1", "自评已提交")).get();
            }
            assertThat(consumeOne(broker)).isEqualTo("自评已提交");
        }

        try (var broker = KafkaBroker.start(port, controllerPort, dataDir, dir.resolve("logs"))) {
            assertThat(broker.clusterId()).isNotBlank().isEqualTo(clusterId);
            assertThat(consumeOne(broker)).isEqualTo("自评已提交");
        }
    }

    private static String consumeOne(KafkaBroker broker) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> consumed : consumer.poll(Duration.ofMillis(500))) {
                    return consumed.value();
                }
            }
            throw new AssertionError("No record on " + TOPIC + " within 30 s");
        }
    }
}
