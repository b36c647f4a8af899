package cn.jixiao.project.templates;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.project.rectification.ReviewFindings;

/**
 * Keeps {@link ProjectTemplates} current from evaluation-service's events: every published template version, and
 * the template each evaluation snapshot names (every workflow step carries the whole snapshot, so all are handled
 * alike), and opens the 整改 items of a review's deductions ({@link ReviewFindings}). In the service's consumer
 * group through the inbox, so each event is applied once whichever instance gets it; the store is shared by the
 * instances. Other evaluation events pass by.
 */
@Component
class EvaluationEventsFeed {

    private final EventDispatcher dispatcher;

    EvaluationEventsFeed(Inbox inbox, ProjectTemplates templates, ReviewFindings reviewFindings) {
        EventDispatcher.Builder builder = EventDispatcher.forConsumer("project-service", inbox);
        EvaluationEvents.SNAPSHOTS.forEach(type -> builder.on(type, event -> templates.recordEvaluation(event.payload())
                .then(reviewFindings.record(event.payload()))));
        builder.on(EvaluationEvents.TEMPLATE_PUBLISHED, event -> templates.recordTemplate(event.payload()));
        this.dispatcher = builder.build();
    }

    @KafkaListener(id = "project-service-evaluations", idIsGroup = false, topics = Topics.EVALUATION_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
