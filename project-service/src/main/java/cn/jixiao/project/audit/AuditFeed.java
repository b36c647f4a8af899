package cn.jixiao.project.audit;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.inbox.Aggregate;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.inbox.TenantClaim;

/**
 * Appends the audit entries arriving on the audit topic to the {@code audit_trail} collection, each once, and only
 * those of the street their project belongs to.
 */
@Configuration(proxyBeanMethods = false)
class AuditFeed {

    private final EventDispatcher dispatcher;

    AuditFeed(Inbox inbox, ReactiveMongoTemplate mongo) {
        this.dispatcher = EventDispatcher.forConsumer("project-audit", inbox)
                // an audit entry is its project's: a forged entry for another street's project is refused
                .on(AuditTrail.CHANGE_AUDITED, entry -> TenantClaim.ofStreet(entry.streetId(), entry.districtId(),
                        Aggregate.project(entry.projectId())), event -> {
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
    void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
