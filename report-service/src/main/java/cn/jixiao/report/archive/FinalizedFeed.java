package cn.jixiao.report.archive;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.report.readmodel.EvaluationEventMapping;

/**
 * Renders the final report as soon as an evaluation is finalized. A consumer of its own, so the read model's
 * consumer never waits for a queue write; the job waits instead until the read model has the finalized snapshot.
 */
@Component
class FinalizedFeed {

    private final EventDispatcher dispatcher;

    FinalizedFeed(Inbox inbox, RenderRequests requests) {
        this.dispatcher = EventDispatcher.forConsumer("report-service-renders", inbox)
                .on(EvaluationEvents.EVALUATION_FINALIZED,
                        event -> requests.finalized(EvaluationEventMapping.evaluation(event.payload())).then())
                .build();
    }

    @KafkaListener(topics = Topics.EVALUATION_EVENTS, groupId = "report-service-renders")
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
