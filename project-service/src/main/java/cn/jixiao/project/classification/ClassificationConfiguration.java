package cn.jixiao.project.classification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClassificationConfiguration {

    /** Read at start-up, so a broken catalogue file stops the service instead of a clerk's first save. */
    @Bean
    EconomicClassifications economicClassifications() {
        return EconomicClassifications.official();
    }
}
