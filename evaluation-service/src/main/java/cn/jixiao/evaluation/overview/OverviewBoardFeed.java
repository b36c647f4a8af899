package cn.jixiao.evaluation.overview;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;

/**
 * Keeps this instance's {@link OverviewBoard} current with the writes of every other instance of
 * evaluation-service. All instances share one store and one consumer group for their work, so each event is applied
 * by one of them only, and a write shows on the board of the instance that made it ({@code EvaluationStored}). This
 * listener joins a consumer group of its own, unique to the instance, so every instance sees every event, from the
 * newest on (its board was just read from the store).
 *
 * <p>Every evaluation event carries the evaluation's id ({@code EvaluationSnapshot}); the snapshot lacks the budget
 * and monthly spending the board shows, so the board re-reads that one document by id instead of mapping the
 * event. A registration opens a draft without an evaluation event: the board re-reads the project's latest round
 * when it sees the registration, and once more a moment later, because the instance that writes the draft reads the
 * same event at the same time and may not have written it yet. The event only says what to re-read, never what to
 * show: a forged event can cause a read of the store, nothing more. Re-reading is idempotent, and the board keeps a
 * project's later state whatever the order, so redeliveries and reordering change nothing.
 *
 * <p><b>The gap between the start's load and joining.</b> An event published after the start's load had read a
 * document but before this listener joined would be missed (the group starts from the newest event). So each time
 * the listener is given its partitions, once the start's load is done, the board reads the store again and keeps
 * whatever is later than what it holds.
 */
@Component
class OverviewBoardFeed implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(OverviewBoardFeed.class);
    private static final Duration REREAD_TIMEOUT = Duration.ofSeconds(10);

    private final OverviewBoard board;
    private final Duration settle;
    private final EventCodec codec = new EventCodec();
    private volatile boolean joined;

    OverviewBoardFeed(OverviewBoard board, @Value("${jixiao.overview.registration-settle:3s}") Duration settle) {
        this.board = board;
        this.settle = settle;
    }

    /** Whether the listener has its partitions and the board has been read again since: no event can be missed. */
    boolean joined() {
        return joined;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        joined = false;
        board.started().then(board.reload())
                .subscribe(loaded -> joined = true, failure -> log.warn("Overview boards not read again", failure));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        joined = false;
    }

    @KafkaListener(id = "overview-board", topics = {Topics.EVALUATION_EVENTS, Topics.PROJECT_EVENTS},
            groupId = "evaluation-service-board-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void on(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope<JsonNode> event = codec.read(record.value());
            String evaluationId = event.payload().path("evaluationId").asString(null);
            if (Topics.EVALUATION_EVENTS.equals(record.topic()) && evaluationId != null) {
                board.refreshEvaluation(evaluationId).block(REREAD_TIMEOUT);
            } else if (event.is(ProjectEvents.PROJECT_REGISTERED)) {
                String projectId = event.payload().path("projectId").asString(null);
                if (projectId != null) {
                    board.refreshProject(projectId).block(REREAD_TIMEOUT);
                    board.refreshProject(projectId).delaySubscription(settle)
                            .subscribe(done -> { }, failure -> log.warn("Project {} not re-read", projectId, failure));
                }
            }
        } catch (RuntimeException unreadable) {
            // the board feed never stops for one event: it is a view, the store stays right, a restart reads all
            log.warn("Overview board: event at {}-{}@{} not applied", record.topic(), record.partition(),
                    record.offset(), unreadable);
        }
    }
}
