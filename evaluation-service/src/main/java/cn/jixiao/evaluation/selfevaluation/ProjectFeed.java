package cn.jixiao.evaluation.selfevaluation;

import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.ProcessedEvents;

/** Keeps this service's picture of the projects current from project-service's events. */
@Component
class ProjectFeed {

    private final EventDispatcher dispatcher;

    ProjectFeed(ProcessedEvents processed, SelfEvaluations evaluations) {
        this.dispatcher = EventDispatcher.forConsumer("evaluation-service", processed)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> evaluations
                        .openDraft(UUID.randomUUID().toString(), event.payload(), event.occurredAt())
                        .then())
                .build();
    }

    @KafkaListener(topics = Topics.PROJECT_EVENTS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
