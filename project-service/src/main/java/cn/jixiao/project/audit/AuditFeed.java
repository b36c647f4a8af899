package cn.jixiao.project.audit;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.ProcessedEvents;

/** Appends the audit entries arriving on the audit topic to the {@code audit_trail} collection, each once. */
@Configuration(proxyBeanMethods = false)
class AuditFeed {

    private final EventDispatcher dispatcher;

    AuditFeed(ProcessedEvents processed, ReactiveMongoTemplate mongo) {
        this.dispatcher = EventDispatcher.forConsumer("project-audit", processed)
                .on(AuditTrail.CHANGE_AUDITED, event -> {
                    AuditRecord record = event.payload();
                    return mongo.save(new AuditEntry(event.eventId().toString(), record.projectId(), record.districtId(),
                            record.streetId(), record.subject(), record.action(), record.actor(), record.actorId(),
                            event.occurredAt(), record.before(), record.after())).then();
                })
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics auditTopic() {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(AuditTrail.TOPIC).partitions(3).replicas(1).build());
    }

    @KafkaListener(topics = AuditTrail.TOPIC)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
