package cn.jixiao.messaging.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jixiao.messaging.replay.RebuildProgress.TopicProgress;

/**
 * Reads topics from their first record to the last one they held when the replay started, with a consumer of its
 * own that is assigned every partition and belongs to no consumer group (it never commits), and hands each record
 * to its topic's feed, partition by partition in offset order: one aggregate's events are keyed to one partition,
 * so they are applied in the order they were published, as the live listener applied them.
 *
 * <p>Records published after the start are left to the live listener, which continues from its own committed
 * offsets once the rebuild resumes it. A record the feed cannot apply is tried a few times, then logged and
 * counted, and the replay goes on, as the live listener's error handler goes on after its retries.
 */
final class TopicReplay {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);
    /** A broker that serves nothing for this long fails the rebuild rather than keep the live listeners paused. */
    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 3;

    private final org.apache.kafka.clients.consumer.Consumer<String, String> consumer;
    private final Map<String, Consumer<ConsumerRecord<String, String>>> feeds;
    private final Consumer<RebuildProgress> progress;
    private final RebuildProgress started;
    private final BooleanSupplier stopping;

    private final Map<String, long[]> readByTopic = new HashMap<>();
    private final Map<String, Long> totalByTopic = new HashMap<>();
    private long failed;

    TopicReplay(org.apache.kafka.clients.consumer.Consumer<String, String> consumer,
                Map<String, Consumer<ConsumerRecord<String, String>>> feeds, RebuildProgress started,
                Consumer<RebuildProgress> progress, BooleanSupplier stopping) {
        this.consumer = consumer;
        this.feeds = feeds;
        this.started = started;
        this.progress = progress;
        this.stopping = stopping;
    }

    /** Replays every topic to its end as of now; answers the progress at the end. */
    RebuildProgress run() {
        List<TopicPartition> partitions = partitionsOf(feeds.keySet());
        consumer.assign(partitions);
        Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, METADATA);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, METADATA);
        consumer.seekToBeginning(partitions);
        feeds.keySet().forEach(topic -> {
            readByTopic.put(topic, new long[1]);
            totalByTopic.put(topic, 0L);
        });
        Set<TopicPartition> open = new HashSet<>();
        for (TopicPartition partition : partitions) {
            totalByTopic.merge(partition.topic(), end.get(partition) - first.get(partition), Long::sum);
            if (first.get(partition) < end.get(partition)) {
                open.add(partition);
            }
        }
        report();
        consumer.pause(partitions.stream().filter(partition -> !open.contains(partition)).toList());
        long lastProgress = System.nanoTime();
        while (!open.isEmpty()) {
            if (stopping.getAsBoolean()) {
                throw new IllegalStateException("the service is stopping");
            }
            ConsumerRecords<String, String> records = consumer.poll(POLL);
            for (TopicPartition partition : records.partitions()) {
                long until = end.get(partition);
                for (ConsumerRecord<String, String> record : records.records(partition)) {
                    if (record.offset() >= until) {
                        break;
                    }
                    apply(record);
                    readByTopic.get(record.topic())[0]++;
                }
            }
            if (!records.isEmpty()) {
                lastProgress = System.nanoTime();
                report();
            } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("Kafka served no record of " + open + " for " + STALL_LIMIT.toSeconds()
                        + " s");
            }
            for (TopicPartition partition : List.copyOf(open)) {
                if (consumer.position(partition, METADATA) >= end.get(partition)) {
                    open.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
        }
        return report();
    }

    private List<TopicPartition> partitionsOf(Set<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions on the broker");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private void apply(ConsumerRecord<String, String> record) {
        Consumer<ConsumerRecord<String, String>> feed = feeds.get(record.topic());
        for (int attempt = 1; ; attempt++) {
            try {
                feed.accept(record);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    failed++;
                    log.error("Rebuild of {} could not apply {}-{}@{} after {} attempts; goes on without it",
                            started.readModel(), record.topic(), record.partition(), record.offset(), ATTEMPTS, e);
                    return;
                }
                log.warn("Rebuild of {}: {}-{}@{} failed (attempt {}), trying again: {}", started.readModel(),
                        record.topic(), record.partition(), record.offset(), attempt, e.toString());
            }
        }
    }

    private RebuildProgress report() {
        List<TopicProgress> topics = feeds.keySet().stream().sorted()
                .map(topic -> new TopicProgress(topic, readByTopic.get(topic)[0], totalByTopic.get(topic)))
                .toList();
        RebuildProgress now = started.reading(topics, failed);
        progress.accept(now);
        return now;
    }
}
