package cn.jixiao.messaging.replay;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event topics keep every event, by neither age nor size, and are deleted from, never compacted: a read model
 * is rebuilt from the first event of each aggregate (the services' declared topics on a real broker:
 * report-service's {@code ReadModelRebuildTest}).
 */
class EventRetentionTest {

    @Test
    void everyEventTopicKeepsEveryEventByNeitherAgeNorSize() {
        assertThat(EventRetention.EVENT_TOPICS)
                .containsExactly(Topics.PROJECT_EVENTS, Topics.EVALUATION_EVENTS, Topics.REPORT_EVENTS)
                .doesNotContain(Topics.DEAD_LETTERS);
        assertThat(EventRetention.KEEP_EVERY_EVENT).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1"));
    }
}
