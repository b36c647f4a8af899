package cn.jixiao.project.ledger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSettings.class)
class LedgerConfiguration {

    /** Ledger documents carry the {@code ExpenditureRecorded} events and audit entries of their commits. */
    @Bean
    OutboxCollection ledgerOutbox() {
        return new OutboxCollection(Ledger.COLLECTION);
    }

    @Bean
    ClassificationCatalogue classificationCatalogue() {
        return ClassificationCatalogue.government();
    }
}
