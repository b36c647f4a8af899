package cn.jixiao.project.indicators;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.messaging.outbox.OutboxCollection;

/** Indicator systems carry their events in an outbox the relay drains. */
@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    @Bean
    OutboxCollection indicatorOutbox() {
        return new OutboxCollection(IndicatorSystem.COLLECTION);
    }
}
