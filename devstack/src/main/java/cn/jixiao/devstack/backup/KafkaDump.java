package cn.jixiao.devstack.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The broker's topics and its consumer groups' positions, as the administrator sees them.
 *
 * <ul>
 * <li>{@code kafka/topics.json}: every topic with its partition count, the settings made on it (retention, ...)
 * and how many records each partition had;</li>
 * <li>{@code kafka/records/<topic>/<partition>.jsonl}: the committed records in order, one {@link KafkaRecordLine}
 * a line;</li>
 * <li>{@code kafka/consumer-offsets.json}: each consumer group's committed offset per partition.</li>
 * </ul>
 *
 * <p>Restoring publishes the records again, partition by partition in their order, into a fresh broker, and commits
 * each group's offset translated to the new log ({@link OffsetTranslation}), so every consumer goes on exactly where
 * it stood when the offsets were read.
 */
final class KafkaDump {

    static final String FOLDER = "kafka";
    private static final String TOPICS_FILE = "topics.json";
    private static final String OFFSETS_FILE = "consumer-offsets.json";
    private static final String RECORDS_FOLDER = "records";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A dev broker's topics are read in seconds; this only stops a stuck read from hanging the backup. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper();
    /**
     * Classic and new-protocol consumer groups, whatever their protocol type: a group whose offsets were only ever
     * committed through the Admin API (kafka-consumer-groups --reset-offsets) has none, and must come along too.
     */
    private static final ListGroupsOptions CONSUMER_GROUPS =
            new ListGroupsOptions().withTypes(Set.of(GroupType.CLASSIC, GroupType.CONSUMER));

    /** A topic as backed up: {@code configs} holds only what was set on the topic itself, not the broker's defaults. */
    record TopicBackup(String name, int partitions, Map<String, String> configs, Map<Integer, Long> records) {
    }

    /** A consumer group's next offset to read in one partition. */
    record CommittedOffset(String group, String topic, int partition, long offset, String metadata) {
    }

    private KafkaDump() {
    }

    /**
     * Reads every consumer group's committed offsets. The backup does this first, before the databases: a consumer
     * that goes on afterwards may apply an event again after a restore (the services' inboxes ignore an event they
     * have applied), but never skip one that the dumped read model lacks.
     */
    static List<CommittedOffset> committedOffsets(Map<String, Object> client) {
        try (var admin = Admin.create(client)) {
            var offsets = new ArrayList<CommittedOffset>();
            for (var group : await(admin.listGroups(CONSUMER_GROUPS).all())) {
                var committed = await(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata());
                committed.forEach((partition, offset) -> {
                    if (offset != null) {
                        offsets.add(new CommittedOffset(group.groupId(), partition.topic(), partition.partition(),
                                offset.offset(), offset.metadata()));
                    }
                });
            }
            offsets.sort(Comparator.comparing(CommittedOffset::group).thenComparing(CommittedOffset::topic)
                    .thenComparingInt(CommittedOffset::partition));
            return offsets;
        }
    }

    static void writeOffsets(List<CommittedOffset> offsets, Path backup) {
        write(backup.resolve(FOLDER).resolve(OFFSETS_FILE), offsets);
    }

    /**
     * Writes every topic's committed records, from the start of each partition to its end when this begins.
     *
     * @return the records of each topic
     */
    static Map<String, Long> dumpTopics(Map<String, Object> client, Path backup) {
        var topics = new ArrayList<TopicBackup>();
        try (var admin = Admin.create(client); var consumer = consumer(client)) {
            var names = new TreeSet<>(await(admin.listTopics().names()));
            var descriptions = await(admin.describeTopics(names).allTopicNames());
            var partitions = new ArrayList<TopicPartition>();
            descriptions.forEach((name, description) -> description.partitions()
                    .forEach(partition -> partitions.add(new TopicPartition(name, partition.partition()))));
            var counts = readRecords(consumer, partitions, backup.resolve(FOLDER).resolve(RECORDS_FOLDER));
            for (var name : names) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                var configs = new TreeMap<String, String>();
                await(admin.describeConfigs(List.of(resource)).all()).get(resource).entries().stream()
                        .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                        .forEach(entry -> configs.put(entry.name(), entry.value()));
                var records = new TreeMap<Integer, Long>();
                counts.forEach((partition, count) -> {
                    if (partition.topic().equals(name)) {
                        records.put(partition.partition(), count);
                    }
                });
                topics.add(new TopicBackup(name, descriptions.get(name).partitions().size(), configs, records));
            }
        }
        write(backup.resolve(FOLDER).resolve(TOPICS_FILE), topics);
        var perTopic = new TreeMap<String, Long>();
        topics.forEach(topic -> perTopic.put(topic.name(),
                topic.records().values().stream().mapToLong(Long::longValue).sum()));
        return perTopic;
    }

    private static Map<TopicPartition, Long> readRecords(KafkaConsumer<byte[], byte[]> consumer,
                                                         List<TopicPartition> partitions, Path folder) {
        var counts = new LinkedHashMap<TopicPartition, Long>();
        var writers = new HashMap<TopicPartition, BufferedWriter>();
        try {
            for (var partition : partitions) {
                var file = folder.resolve(partition.topic()).resolve(partition.partition() + ".jsonl");
                Files.createDirectories(file.getParent());
                writers.put(partition, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                counts.put(partition, 0L);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read_committed: the end is the last stable offset, so no record of an open or aborted transaction
            var ends = consumer.endOffsets(partitions, TIMEOUT);
            var deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka's topics were not read within " + READ_TIMEOUT);
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    writers.get(partition).write(LINES.writeValueAsString(KafkaRecordLine.of(record)));
                    writers.get(partition).newLine();
                    counts.merge(partition, 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Kafka's records into " + folder, e);
        } finally {
            for (var writer : writers.values()) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot close a file in " + folder, e);
                }
            }
        }
        return counts;
    }

    /**
     * Publishes the backed-up records into the broker behind {@code client}, which must hold none of them yet, and
     * commits every consumer group's translated offsets. Topics the broker lacks are created with their partitions
     * and settings; a topic it has (the stack creates the platform's own) keeps its settings.
     *
     * @return the records published into each topic
     */
    static Map<String, Long> restore(Map<String, Object> client, Path backup) {
        var folder = backup.resolve(FOLDER);
        List<TopicBackup> topics = read(folder.resolve(TOPICS_FILE), new TypeReference<List<TopicBackup>>() { });
        List<CommittedOffset> offsets = read(folder.resolve(OFFSETS_FILE), new TypeReference<List<CommittedOffset>>() { });
        var published = new TreeMap<String, Long>();
        try (var admin = Admin.create(client)) {
            prepareTopics(admin, topics);
            var translations = new HashMap<TopicPartition, OffsetTranslation>();
            try (var producer = producer(client)) {
                for (var topic : topics) {
                    for (int partition = 0; partition < topic.partitions(); partition++) {
                        var topicPartition = new TopicPartition(topic.name(), partition);
                        var translation = publish(producer, topicPartition,
                                folder.resolve(RECORDS_FOLDER).resolve(topic.name()).resolve(partition + ".jsonl"),
                                topic.records().getOrDefault(partition, 0L));
                        translations.put(topicPartition, translation);
                        published.merge(topic.name(), topic.records().getOrDefault(partition, 0L), Long::sum);
                    }
                }
            }
            commitOffsets(admin, offsets, translations);
        }
        return published;
    }

    private static void prepareTopics(Admin admin, List<TopicBackup> topics) {
        var existing = await(admin.listTopics().names());
        var missing = topics.stream().filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
                .toList();
        if (!missing.isEmpty()) {
            await(admin.createTopics(missing).all());
        }
        var present = topics.stream().filter(topic -> existing.contains(topic.name())).map(TopicBackup::name).toList();
        if (present.isEmpty()) {
            return;
        }
        var descriptions = await(admin.describeTopics(present).allTopicNames());
        var grow = new HashMap<String, NewPartitions>();
        for (var topic : topics) {
            var description = descriptions.get(topic.name());
            if (description != null && description.partitions().size() < topic.partitions()) {
                grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
            }
        }
        if (!grow.isEmpty()) {
            await(admin.createPartitions(grow).all());
        }
        var targets = new HashMap<TopicPartition, OffsetSpec>();
        topics.forEach(topic -> {
            for (int partition = 0; partition < topic.partitions(); partition++) {
                targets.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
            }
        });
        await(admin.listOffsets(targets).all()).forEach((partition, end) -> {
            if (end.offset() > 0) {
                throw new IllegalStateException("Will not restore into Kafka: " + partition + " already holds "
                        + end.offset() + " records");
            }
        });
    }

    private static OffsetTranslation publish(KafkaProducer<byte[], byte[]> producer, TopicPartition partition,
                                             Path file, long expected) {
        var translation = new OffsetTranslation();
        if (!Files.exists(file)) {
            if (expected > 0) {
                throw new IllegalStateException("The backup lacks " + file + " with " + expected + " records");
            }
            return translation;
        }
        var sent = new ArrayList<Map.Entry<Long, Future<RecordMetadata>>>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (var line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                var record = LINES.readValue(line, KafkaRecordLine.class);
                sent.add(Map.entry(record.offset(),
                        producer.send(record.toProducerRecord(partition.topic(), partition.partition()))));
            }
            producer.flush();
            for (var entry : sent) {
                translation.published(entry.getKey(), entry.getValue().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).offset());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka refused a record of " + partition, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + partition, e);
        }
        if (sent.size() != expected) {
            throw new IllegalStateException(file + " holds " + sent.size() + " records, the backup's list says " + expected);
        }
        return translation;
    }

    private static void commitOffsets(Admin admin, List<CommittedOffset> offsets,
                                      Map<TopicPartition, OffsetTranslation> translations) {
        var byGroup = new TreeMap<String, Map<TopicPartition, OffsetAndMetadata>>();
        for (var committed : offsets) {
            var partition = new TopicPartition(committed.topic(), committed.partition());
            var translation = translations.get(partition);
            if (translation == null) {
                // a group's position in a topic that no longer exists: nothing to go on from
                continue;
            }
            byGroup.computeIfAbsent(committed.group(), group -> new HashMap<>()).put(partition,
                    new OffsetAndMetadata(translation.translate(committed.offset()), committed.metadata()));
        }
        byGroup.forEach((group, groupOffsets) -> await(admin.alterConsumerGroupOffsets(group, groupOffsets).all()));
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> client) {
        var properties = new HashMap<>(client);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<byte[], byte[]> producer(Map<String, Object> client) {
        var properties = new HashMap<>(client);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        // one request in flight per partition at a time: the records keep their order even through a retry
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the root cause says what went wrong (e.g. the broker refused the administrator's login)
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("Kafka's administrator request failed: " + cause.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static <T> T read(Path file, TypeReference<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
