package cn.jixiao.messaging.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.reactivestreams.client.MongoClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A request waits 10 s for an absent database, not the driver's 30 s, unless configured otherwise. */
class StoreTimeoutsTest {

    private final ApplicationContextRunner services = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StoreTimeoutsAutoConfiguration.class, MongoReactiveAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/none");

    @Test
    void aServiceWaitsTenSecondsForItsDatabaseByDefault() {
        services.run(context -> assertThat(serverSelectionTimeoutOf(context.getBean(MongoClient.class))).isEqualTo(10_000));
    }

    @Test
    void anInstallationMayWaitLonger() {
        services.withPropertyValues("jixiao.mongodb.server-selection-timeout=45s")
                .run(context -> assertThat(serverSelectionTimeoutOf(context.getBean(MongoClient.class))).isEqualTo(45_000));
    }

    private static long serverSelectionTimeoutOf(MongoClient client) {
        return client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS);
    }
}
