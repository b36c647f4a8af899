package cn.jixiao.messaging.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * How long a request waits for the database when none answers: the driver's default is 30 s, after which a user has
 * long given up, and every waiting request holds its connection. With this, a request made while the store is down
 * fails after {@code jixiao.mongodb.server-selection-timeout} (10 s) and is answered 503 store-unavailable (the
 * problems module), and health reports the store DOWN. Long enough that a busy machine's slow heartbeat, or a
 * replica set electing a new primary, is waited out rather than refused.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration")
@ConditionalOnClass(MongoClientSettings.class)
public class StoreTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer jixiaoStoreTimeouts(Environment environment) {
        Duration serverSelection = Binder.get(environment).bind("jixiao.mongodb.server-selection-timeout", Duration.class)
                .orElse(Duration.ofSeconds(10));
        return settings -> settings.applyToClusterSettings(cluster ->
                cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
    }
}
