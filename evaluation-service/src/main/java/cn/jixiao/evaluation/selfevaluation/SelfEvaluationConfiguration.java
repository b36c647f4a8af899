package cn.jixiao.evaluation.selfevaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

/** Self-evaluations carry their own outbox: each change and the event reporting it are one write. */
@Configuration(proxyBeanMethods = false)
class SelfEvaluationConfiguration {

    @Bean
    OutboxCollection selfEvaluationOutbox() {
        return new OutboxCollection(SelfEvaluation.COLLECTION);
    }
}
