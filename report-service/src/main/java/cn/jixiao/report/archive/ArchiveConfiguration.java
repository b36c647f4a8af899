package cn.jixiao.report.archive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    OutboxCollection reportArchiveOutbox() {
        return new OutboxCollection(ReportArchive.COLLECTION);
    }
}
