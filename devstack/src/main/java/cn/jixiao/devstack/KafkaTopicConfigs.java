package cn.jixiao.devstack;

import java.time.Duration;
import java.util.Map;

/**
 * How long each platform topic keeps its records, set where the topics are created ({@link KafkaSetup} here,
 * {@code helm/jixiao/files/kafka-setup.sh} for compose and Helm) and re-applied at every start, so a topic created
 * before the setting existed gets it too.
 *
 * <ul>
 * <li>The event topics keep every event, by neither age nor size: report-service rebuilds its read model by
 * replaying them from the first record (docs/operations.md, "Event retention and rebuilding read models"). Deletion,
 * not compaction: a project's events are facts of different kinds under one key, and compaction would keep only
 * the last of them.</li>
 * <li>The dead letters are kept 90 days (ADR 6): evidence of a broken publisher or an attack, not history.</li>
 * </ul>
 *
 * <p>The values repeat {@code cn.jixiao.messaging.replay.EventRetention}, which the services declare for a broker
 * where they create the topics themselves; devstack does not depend on the services' code. system-tests'
 * {@code KafkaSetupScriptTest} checks that the script sets this table.
 */
public final class KafkaTopicConfigs {

    public static final Map<String, String> KEEP_EVERY_EVENT = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1",
            "retention.bytes", "-1");

    public static final Map<String, String> DEAD_LETTERS_FOR_A_QUARTER = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", String.valueOf(Duration.ofDays(90).toMillis()));

    private KafkaTopicConfigs() {
    }

    /** The configs of one of {@link KafkaTopicGrants#topics()}. */
    public static Map<String, String> of(String topic) {
        return KafkaTopicGrants.DEAD_LETTERS.equals(topic) ? DEAD_LETTERS_FOR_A_QUARTER : KEEP_EVERY_EVENT;
    }
}
