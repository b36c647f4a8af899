package cn.jixiao.project.evidence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    OutboxCollection evidenceOutbox() {
        return new OutboxCollection(EvidenceRegister.COLLECTION);
    }

    @Bean
    ContentSniffer contentSniffer() {
        return new ContentSniffer();
    }
}
