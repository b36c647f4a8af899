package cn.jixiao.report.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.replay.ReplayedFeed;

/**
 * Keeps the newest snapshot of every evaluation from evaluation-service's events, read into the service's own
 * {@link Evaluation} here, at the edge. Every workflow step carries the
 * whole snapshot, so they are all handled alike: the highest revision wins, whichever step it came with. A rebuild
 * of the read model ({@link RebuildableCopies}) pauses this listener and replays the topic through the same
 * dispatcher.
 */
@Component
class EvaluationEventsFeed {

    /** The listener's id, by which the rebuild pauses it; not its group, which stays the service's. */
    static final String LISTENER = "report-service-evaluations";

    private final EventDispatcher dispatcher;

    EvaluationEventsFeed(Inbox inbox, ReadModel model) {
        EventDispatcher.Builder builder = EventDispatcher.forConsumer(RebuildableCopies.CONSUMER, inbox);
        EvaluationEvents.SNAPSHOTS.forEach(type -> builder.on(type,
                event -> model.recordEvaluation(EvaluationEventMapping.evaluation(event.payload()))));
        builder.on(EvaluationEvents.TEMPLATE_PUBLISHED, event -> model.recordTemplate(event.payload()));
        this.dispatcher = builder.build();
    }

    @KafkaListener(id = LISTENER, idIsGroup = false, topics = Topics.EVALUATION_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }

    ReplayedFeed replayed() {
        return new ReplayedFeed(Topics.EVALUATION_EVENTS, LISTENER, dispatcher::dispatch);
    }
}
