package cn.jixiao.gateway.ratelimit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

import cn.jixiao.gateway.signin.SignedInUsers;
import cn.jixiao.problems.ProblemWriter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "jixiao.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    WebFilter rateLimits(RateLimitProperties properties, SignedInUsers users, ProblemWriter problems) {
        return new RateLimitFilter(properties, Clock.systemUTC(), users, problems);
    }
}
