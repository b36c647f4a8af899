package cn.jixiao.project.ledger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSettings.class)
class LedgerConfiguration {

    @Bean
    ClassificationCatalogue classificationCatalogue() {
        return ClassificationCatalogue.government();
    }
}
