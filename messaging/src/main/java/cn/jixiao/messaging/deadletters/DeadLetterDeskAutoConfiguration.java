package cn.jixiao.messaging.deadletters;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The dead-letter desk ({@link DeadLetterDesk}), in the one service that hosts it:
 * {@code jixiao.dead-letters.desk.enabled=true}. The service adds the platform administrator's routes.
 */
@AutoConfiguration(afterName = "cn.jixiao.messaging.MessagingAutoConfiguration")
@ConditionalOnBean(ReactiveMongoTemplate.class)
@ConditionalOnProperty(name = "jixiao.dead-letters.desk.enabled", havingValue = "true")
public class DeadLetterDeskAutoConfiguration {

    /** The desk's own listener containers, apart from the consumers' (whose failures become dead letters). */
    public static final String CONTAINER_FACTORY = "deadLetterDeskContainerFactory";

    @Bean
    DeadLetterArchive deadLetterArchive(ReactiveMongoTemplate mongo) {
        return new DeadLetterArchive(mongo);
    }

    @Bean
    DeadLetterDesk deadLetterDesk(DeadLetterArchive archive, KafkaTemplate<String, String> kafka,
                                  ObjectProvider<Clock> clock) {
        return new DeadLetterDesk(archive, kafka, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    DeadLetterFeed deadLetterFeed(DeadLetterArchive archive) {
        return new DeadLetterFeed(archive);
    }

    @Bean
    ApplicationRunner deadLetterArchiveIndexes(DeadLetterArchive archive) {
        return arguments -> archive.createIndexes().block();
    }

    /**
     * A letter that cannot be stored yet is tried again, 1 s doubling to 30 s, for as long as it takes: the store
     * comes back, and until then the letter waits on its topic. Never a dead letter of a dead letter.
     */
    @Bean(CONTAINER_FACTORY)
    @SuppressWarnings("unchecked")
    ConcurrentKafkaListenerContainerFactory<String, String> deadLetterDeskContainerFactory(
            ConsumerFactory<?, ?> consumers) {
        ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory((ConsumerFactory<String, String>) consumers);
        ExponentialBackOff untilStored = new ExponentialBackOff(Duration.ofSeconds(1).toMillis(), 2);
        untilStored.setMaxInterval(Duration.ofSeconds(30).toMillis());
        factory.setCommonErrorHandler(new DefaultErrorHandler(untilStored));
        return factory;
    }
}
