package cn.jixiao.report.projectreport;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.ProcessedEvents;

/** Copies the project facts a report needs from project-service's events. */
@Component
class ProjectFeed {

    private final EventDispatcher dispatcher;

    ProjectFeed(ProcessedEvents processed, ProjectReports reports) {
        this.dispatcher = EventDispatcher.forConsumer("report-service", processed)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> reports.registered(event.payload(), event.occurredAt()))
                .build();
    }

    @KafkaListener(topics = Topics.PROJECT_EVENTS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
