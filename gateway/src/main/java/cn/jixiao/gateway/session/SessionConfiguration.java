package cn.jixiao.gateway.session;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.web.server.session.WebSessionIdResolver;

/** The browser sessions: in MongoDB (shared by every gateway instance), behind {@link SessionCookie}. */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

    @Bean
    MongoSessionRepository sessionRepository(ReactiveMongoOperations mongo,
                                             @Value("${jixiao.gateway.session.timeout:30m}") Duration timeout) {
        return new MongoSessionRepository(mongo, timeout, Clock.systemUTC());
    }

    @Bean
    WebSessionIdResolver sessionCookie() {
        return new SessionCookie();
    }

    @Bean
    ExpiredSessionSweep expiredSessionSweep(MongoSessionRepository sessions,
                                            @Value("${jixiao.gateway.session.sweep-every:5m}") Duration every) {
        return new ExpiredSessionSweep(sessions, every);
    }
}
