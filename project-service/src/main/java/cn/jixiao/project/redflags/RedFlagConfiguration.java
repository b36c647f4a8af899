package cn.jixiao.project.redflags;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.project.redflags.rules.RedFlagRules;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedFlagSettings.class)
class RedFlagConfiguration {

    @Bean
    RedFlagRules redFlagRules(RedFlagSettings settings) {
        return new RedFlagRules(settings.thresholds());
    }
}
