package cn.jixiao.devstack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KafkaTopicGrants;

class KafkaDumpTest {

    private static final TopicPartition PROJECTS_0 = new TopicPartition(KafkaTopicGrants.PROJECT_EVENTS, 0);
    private static final String EXTRA_TOPIC = "jixiao.kept-forever";

    @TempDir
    Path dir;

    @Test
    void recordsOffsetsAndTopicSettingsComeBackIntoAFreshBroker() throws Exception {
        var backup = dir.resolve("backup");
        List<String> keptValues;
        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("old"), dir.resolve("logs"));
             var admin = Admin.create(admin(broker))) {
            admin.createTopics(List.of(new NewTopic(EXTRA_TOPIC, 1, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(30, TimeUnit.SECONDS);
            try (var producer = new KafkaProducer<>(admin(broker), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 5; i++) {
                    var record = new ProducerRecord<>(PROJECTS_0.topic(), 0, 1_700_000_000_000L + i, "p-" + i,
                            "{\"项目\":" + i + "}");
                    record.headers().add(new RecordHeader("traceparent", ("00-trace-" + i).getBytes(StandardCharsets.UTF_8)));
                    producer.send(record).get();
                }
                producer.send(new ProducerRecord<>(EXTRA_TOPIC, null, "without a key")).get();
            }
            // the old log now starts at offset 2, so the records get new offsets, and the group must follow them
            admin.deleteRecords(Map.of(PROJECTS_0, RecordsToDelete.beforeOffset(2))).all().get(30, TimeUnit.SECONDS);
            admin.alterConsumerGroupOffsets("report-service", Map.of(PROJECTS_0, new OffsetAndMetadata(3, "read 3")))
                    .all().get(30, TimeUnit.SECONDS);

            KafkaDump.writeOffsets(KafkaDump.committedOffsets(admin(broker)), backup);
            var records = KafkaDump.dumpTopics(admin(broker), backup);

            assertThat(records).containsEntry(KafkaTopicGrants.PROJECT_EVENTS, 3L).containsEntry(EXTRA_TOPIC, 1L);
            keptValues = read(admin(broker), PROJECTS_0, 2);
        }

        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), dir.resolve("new"), dir.resolve("logs"));
             var admin = Admin.create(admin(broker))) {
            var published = KafkaDump.restore(admin(broker), backup);

            assertThat(published).containsEntry(KafkaTopicGrants.PROJECT_EVENTS, 3L).containsEntry(EXTRA_TOPIC, 1L);
            assertThat(read(admin(broker), PROJECTS_0, 0)).isEqualTo(keptValues).hasSize(3)
                    .first().isEqualTo("p-2|{\"项目\":2}|1700000000002|traceparent=00-trace-2");
            var offsets = admin.listConsumerGroupOffsets("report-service").partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            assertThat(offsets.get(PROJECTS_0)).as("offset 3 was the second kept record, now at 1")
                    .isEqualTo(new OffsetAndMetadata(1, "read 3"));
            var extra = new ConfigResource(ConfigResource.Type.TOPIC, EXTRA_TOPIC);
            assertThat(admin.describeConfigs(List.of(extra)).all().get(30, TimeUnit.SECONDS).get(extra)
                    .get("retention.ms").value()).isEqualTo("-1");
        }
    }

    private static Map<String, Object> admin(KafkaBroker broker) {
        return broker.clientProperties(broker.logins().admin());
    }

    /** Each record of the partition from {@code from} as key|value|timestamp|headers. */
    private static List<String> read(Map<String, Object> client, TopicPartition partition, long from) {
        var properties = new HashMap<>(client);
        properties.put("enable.auto.commit", false);
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            var end = consumer.endOffsets(List.of(partition)).get(partition);
            var values = new ArrayList<String>();
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    var headers = new ArrayList<String>();
                    record.headers().forEach(header -> headers.add(header.key() + "="
                            + new String(header.value(), StandardCharsets.UTF_8)));
                    values.add(new String(record.key(), StandardCharsets.UTF_8) + "|"
                            + new String(record.value(), StandardCharsets.UTF_8) + "|" + record.timestamp() + "|"
                            + String.join(",", headers));
                }
            }
            return values;
        }
    }
}
