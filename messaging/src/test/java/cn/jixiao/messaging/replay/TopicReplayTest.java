package cn.jixiao.messaging.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import cn.jixiao.messaging.replay.RebuildProgress.State;
import cn.jixiao.messaging.replay.RebuildProgress.TopicProgress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay of a rebuild reads each topic from its first record to the end it had when the replay started, in
 * offset order per partition, and hands each record to its topic's feed; later records are the live listener's.
 */
class TopicReplayTest {

    private static final String PROJECTS = "projects";
    private static final String EVALUATIONS = "evaluations";
    private static final RebuildProgress STARTED = new RebuildProgress(State.RUNNING, "a read model", "platform-admin",
            null, null, List.of(), 0, null);

    private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
    private final Map<String, Long> firstOffsets = new HashMap<>();
    private final Map<String, Long> endOffsets = new HashMap<>();
    private final List<ConsumerRecord<String, String>> onTheBroker = new ArrayList<>();
    private final List<RebuildProgress> reported = new ArrayList<>();

    @Test
    void everyRecordUpToTheEndFoundAtTheStartIsAppliedInOffsetOrderPerPartition() {
        topic(PROJECTS, 2);
        topic(EVALUATIONS, 1);
        records(PROJECTS, 0, 0, 3);
        records(PROJECTS, 1, 0, 2);
        // two evaluation records were published after the replay had started: the live listener applies them
        records(EVALUATIONS, 0, 0, 4);
        endOffsets.put(EVALUATIONS + "-0", 2L);
        Map<String, List<String>> applied = new LinkedHashMap<>();

        RebuildProgress done = replay(Map.of(PROJECTS, collectInto(applied), EVALUATIONS, collectInto(applied)));

        assertThat(applied.get(PROJECTS + "-0")).containsExactly("0", "1", "2");
        assertThat(applied.get(PROJECTS + "-1")).containsExactly("0", "1");
        assertThat(applied.get(EVALUATIONS + "-0")).containsExactly("0", "1");
        assertThat(done.topics()).containsExactly(new TopicProgress(EVALUATIONS, 2, 2), new TopicProgress(PROJECTS, 5, 5));
        assertThat(done.failedRecords()).isZero();
        assertThat(reported.get(0).topics()).as("the totals are known before the first record")
                .containsExactly(new TopicProgress(EVALUATIONS, 0, 2), new TopicProgress(PROJECTS, 0, 5));
    }

    @Test
    void aTopicWhoseFirstRecordsWereDeletedIsReplayedFromItsFirstRecordLeft() {
        topic(PROJECTS, 1);
        records(PROJECTS, 0, 5, 3);
        firstOffsets.put(PROJECTS + "-0", 5L);
        Map<String, List<String>> applied = new LinkedHashMap<>();

        RebuildProgress done = replay(Map.of(PROJECTS, collectInto(applied)));

        assertThat(applied.get(PROJECTS + "-0")).containsExactly("5", "6", "7");
        assertThat(done.topics()).containsExactly(new TopicProgress(PROJECTS, 3, 3));
    }

    @Test
    void anEmptyTopicIsReplayedAtOnce() {
        topic(PROJECTS, 3);

        RebuildProgress done = replay(Map.of(PROJECTS, record -> {
            throw new AssertionError("no record to apply");
        }));

        assertThat(done.topics()).containsExactly(new TopicProgress(PROJECTS, 0, 0));
    }

    @Test
    void aRecordThatFailsOnceIsAppliedOnTheNextAttemptAndOneThatAlwaysFailsIsCountedAndPassed() {
        topic(PROJECTS, 1);
        records(PROJECTS, 0, 0, 4);
        AtomicInteger attemptsOfTheFirst = new AtomicInteger();
        List<Long> applied = new ArrayList<>();

        RebuildProgress done = replay(Map.of(PROJECTS, record -> {
            if (record.offset() == 0 && attemptsOfTheFirst.incrementAndGet() == 1) {
                throw new IllegalStateException("the database was away for a moment");
            }
            if (record.offset() == 2) {
                throw new IllegalArgumentException("malformed");
            }
            applied.add(record.offset());
        }));

        assertThat(applied).containsExactly(0L, 1L, 3L);
        assertThat(done.failedRecords()).isEqualTo(1);
        assertThat(done.topics()).containsExactly(new TopicProgress(PROJECTS, 4, 4));
    }

    private RebuildProgress replay(Map<String, Consumer<ConsumerRecord<String, String>>> feeds) {
        Map<TopicPartition, Long> first = new HashMap<>();
        Map<TopicPartition, Long> end = new HashMap<>();
        for (String partition : endOffsets.keySet()) {
            TopicPartition topicPartition = parse(partition);
            first.put(topicPartition, firstOffsets.getOrDefault(partition, 0L));
            end.put(topicPartition, endOffsets.get(partition));
        }
        consumer.updateBeginningOffsets(first);
        consumer.updateEndOffsets(end);
        // records can only be added once the replay has assigned itself the partitions: at its first poll
        consumer.schedulePollTask(() -> onTheBroker.forEach(consumer::addRecord));
        return new TopicReplay(consumer, feeds, STARTED, reported::add, () -> false).run();
    }

    private void topic(String topic, int partitions) {
        List<PartitionInfo> infos = new ArrayList<>();
        for (int partition = 0; partition < partitions; partition++) {
            infos.add(new PartitionInfo(topic, partition, Node.noNode(), new Node[0], new Node[0]));
            endOffsets.put(topic + "-" + partition, 0L);
        }
        consumer.updatePartitions(topic, infos);
    }

    private void records(String topic, int partition, long from, int count) {
        for (long offset = from; offset < from + count; offset++) {
            onTheBroker.add(new ConsumerRecord<>(topic, partition, offset, "key", "event " + offset));
        }
        endOffsets.put(topic + "-" + partition, from + count);
    }

    private static Consumer<ConsumerRecord<String, String>> collectInto(Map<String, List<String>> applied) {
        return record -> applied.computeIfAbsent(record.topic() + "-" + record.partition(), partition -> new ArrayList<>())
                .add(String.valueOf(record.offset()));
    }

    private static TopicPartition parse(String partition) {
        int dash = partition.lastIndexOf('-');
        return new TopicPartition(partition.substring(0, dash), Integer.parseInt(partition.substring(dash + 1)));
    }
}
