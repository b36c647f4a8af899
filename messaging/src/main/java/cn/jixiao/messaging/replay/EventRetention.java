package cn.jixiao.messaging.replay;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;

import cn.jixiao.contracts.Topics;

/**
 * How long the event topics keep their events: for ever. A service's read models (report-service's copies of the
 * projects and evaluations) are rebuilt from the topics ({@link ReadModelRebuilder}), so the first event of a
 * project must still be there years later.
 *
 * <p>Deletion, not compaction, on every event topic. Compaction keeps only the newest record per key, and the keys
 * are aggregates whose events are not each a whole state: project-service's events are facts of different kinds
 * about one project ({@code ProjectRegistered}, then {@code BudgetChanged}, ...) under the project's id, so
 * compaction would drop the registration; evaluation-service keys a template's every version by the template's id,
 * and older evaluations print the sections of the version they were scored under; report-service's
 * {@code ReportRendered} records every stored version of a report. Keeping everything costs disk, nothing else: up to
 * ≈ 30 GB a year at province scale (docs/capacity.md, section 4).
 *
 * <p>The same table is applied where topics are created: here for the services' own declaration (a broker where a
 * service creates the topics), devstack's {@code KafkaSetup} for the local stack, and
 * {@code helm/jixiao/files/kafka-setup.sh} for compose and Helm; docs/operations.md, "Event retention".
 */
public final class EventRetention {

    /** The topics whose events are the platform's history. The dead letters are not: they are kept 90 days. */
    public static final List<String> EVENT_TOPICS = List.of(Topics.PROJECT_EVENTS, Topics.EVALUATION_EVENTS,
            Topics.REPORT_EVENTS);

    /** Delete nothing, neither by age nor by size. */
    public static final Map<String, String> KEEP_EVERY_EVENT = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    private EventRetention() {
    }
}
