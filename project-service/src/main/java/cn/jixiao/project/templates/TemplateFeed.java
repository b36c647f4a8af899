package cn.jixiao.project.templates;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;

/**
 * Keeps the {@code templates} read model current from evaluation-service's {@code TemplatePublished} and
 * {@code TemplateChosen} events: the only way templates and the districts' choices reach this service.
 */
@Component
class TemplateFeed {

    /**
     * A consumer group of its own: another listener of project-service on the evaluation topic must not share
     * its partitions with this one, or each would see only part of the events.
     */
    static final String CONSUMER = "project-service-templates";

    private static final Logger log = LoggerFactory.getLogger(TemplateFeed.class);

    private final EventDispatcher dispatcher;

    TemplateFeed(Inbox inbox, Templates templates) {
        this.dispatcher = EventDispatcher.forConsumer(CONSUMER, inbox)
                .on(EvaluationEvents.TEMPLATE_PUBLISHED, event -> {
                    EvaluationTemplate template = EvaluationTemplate.of(event.payload(), event.occurredAt());
                    log.info("Template {} v{} published for {}", template.templateId(), template.version(),
                            template.ownerDistrictId() == null ? "the platform" : template.ownerDistrictId());
                    return templates.store(template);
                })
                .on(EvaluationEvents.TEMPLATE_CHOSEN, event -> {
                    log.info("District {} chose template {} v{}", event.payload().districtId(),
                            event.payload().templateId(), event.payload().version());
                    return templates.choose(DistrictChoice.of(event.payload()));
                })
                .build();
    }

    @KafkaListener(topics = Topics.EVALUATION_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
