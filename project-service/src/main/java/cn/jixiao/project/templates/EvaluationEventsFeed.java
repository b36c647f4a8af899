package cn.jixiao.project.templates;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import reactor.core.publisher.Flux;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;

/**
 * Keeps {@link ProjectTemplates} current from evaluation-service's events: every published template version, and
 * the template each evaluation snapshot names (every workflow step carries the whole snapshot, so all are handled
 * alike), and hands each snapshot to the service's other {@link EvaluationSnapshotListener}s (整改). In the
 * service's consumer group through the inbox, so each event is applied once whichever instance gets it; the store is
 * shared by the instances. Other evaluation events pass by.
 */
@Component
class EvaluationEventsFeed {

    private final EventDispatcher dispatcher;

    EvaluationEventsFeed(Inbox inbox, ProjectTemplates templates, List<EvaluationSnapshotListener> listeners) {
        EventDispatcher.Builder builder = EventDispatcher.forConsumer("project-service", inbox);
        EvaluationEvents.SNAPSHOTS.forEach(type -> builder.on(type, event -> templates.recordEvaluation(event.payload())
                .then(Flux.fromIterable(listeners).concatMap(listener -> listener.onSnapshot(event.payload())).then())));
        builder.on(EvaluationEvents.TEMPLATE_PUBLISHED, event -> templates.recordTemplate(event.payload()));
        this.dispatcher = builder.build();
    }

    @KafkaListener(id = "project-service-evaluations", idIsGroup = false, topics = Topics.EVALUATION_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
