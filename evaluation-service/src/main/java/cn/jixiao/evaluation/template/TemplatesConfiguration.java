package cn.jixiao.evaluation.template;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

/** Template versions and district choices carry their own outboxes, which the relay drains. */
@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

    @Bean
    OutboxCollection templateOutbox() {
        return new OutboxCollection(StoredTemplate.COLLECTION);
    }

    @Bean
    OutboxCollection templateChoiceOutbox() {
        return new OutboxCollection(TemplateChoice.COLLECTION);
    }
}
