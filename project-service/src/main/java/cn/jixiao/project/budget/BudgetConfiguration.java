package cn.jixiao.project.budget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

/** Budget documents carry their own outbox: the relay drains it like the projects'. */
@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

    @Bean
    OutboxCollection budgetOutbox() {
        return new OutboxCollection(ProjectBudget.COLLECTION);
    }
}
