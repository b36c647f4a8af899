package cn.jixiao.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

import cn.jixiao.contracts.Topics;

import cn.jixiao.messaging.inbox.DeadLetterHandling;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.inbox.ProcessedEvents;
import cn.jixiao.messaging.inbox.TenantBindings;
import cn.jixiao.messaging.outbox.Outbox;
import cn.jixiao.messaging.outbox.OutboxCollections;
import cn.jixiao.messaging.outbox.OutboxLease;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.OutboxWakeUp;
import cn.jixiao.messaging.outbox.OutboxRelay;
import cn.jixiao.messaging.replay.EventRetention;

/**
 * The inbox for every service that consumes events (each applied once, only from its aggregate's tenant, refusals
 * and records it cannot apply to the dead letters after bounded retries), and the outbox relay for every service
 * whose aggregates declare an outbox ({@link HasOutbox}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnBean(ReactiveMongoTemplate.class)
public class MessagingAutoConfiguration {

    private static final Duration PRODUCER_CLOSE_TIMEOUT = Duration.ofSeconds(2);

    /** Every service declares the platform's topics, so none depends on which one starts first. */
    @Bean
    KafkaAdmin.NewTopics jixiaoTopics(@Value("${jixiao.kafka.partitions:3}") int partitions,
                                      @Value("${jixiao.kafka.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(
                // the events are the platform's history, replayed to rebuild read models: kept for ever
                TopicBuilder.name(Topics.PROJECT_EVENTS).partitions(partitions).replicas(replicas)
                        .configs(EventRetention.KEEP_EVERY_EVENT).build(),
                TopicBuilder.name(Topics.EVALUATION_EVENTS).partitions(partitions).replicas(replicas)
                        .configs(EventRetention.KEEP_EVERY_EVENT).build(),
                TopicBuilder.name(Topics.REPORT_EVENTS).partitions(partitions).replicas(replicas)
                        .configs(EventRetention.KEEP_EVERY_EVENT).build(),
                // refused records are evidence of an attack or a broken publisher: kept for a quarter
                TopicBuilder.name(Topics.DEAD_LETTERS).partitions(partitions).replicas(replicas)
                        .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(90).toMillis()))
                        .build());
    }

    /**
     * A stopping service closes its Kafka producer within 2 s instead of Spring's 30: with the broker gone, the
     * records still in the producer never leave, and closing waited the full 30 s (the local stack then killed the
     * service, #14). Nothing is lost by not waiting: the outbox removes an event only after the broker acknowledged
     * it, and a dead letter's consumer commits its offset only after its send was acknowledged.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer producerClosesSoon() {
        return factory -> factory.setPhysicalCloseTimeout((int) PRODUCER_CLOSE_TIMEOUT.toSeconds());
    }

    @Bean
    Outbox outbox(ObjectProvider<OutboxRelay> relay) {
        return new Outbox(java.util.Optional.ofNullable(relay.getIfAvailable()));
    }

    @Bean
    ProcessedEvents processedEvents(ReactiveMongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    TenantBindings tenantBindings(ReactiveMongoTemplate mongo) {
        return new TenantBindings(mongo);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, String> kafka, ObjectProvider<Clock> clock,
                            ObjectProvider<MeterRegistry> meters) {
        return new DeadLetters(kafka, clock.getIfAvailable(Clock::systemUTC),
                java.util.Optional.ofNullable(meters.getIfAvailable()));
    }

    /**
     * The error handler Boot gives every listener container of the service: a record a consumer cannot apply is
     * retried only if a retry can help, with backoff and a bound, and then goes to the dead letters with the reason
     * ({@link DeadLetterHandling}).
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterHandling(DeadLetters deadLetters,
                                           @Value("${jixiao.kafka.retry.attempts:8}") int attempts,
                                           @Value("${jixiao.kafka.retry.initial-interval:1s}") Duration initialInterval,
                                           @Value("${jixiao.kafka.retry.multiplier:2}") double multiplier,
                                           @Value("${jixiao.kafka.retry.max-interval:30s}") Duration maxInterval) {
        return DeadLetterHandling.errorHandler(deadLetters,
                new DeadLetterHandling.RetryPolicy(attempts, initialInterval, multiplier, maxInterval));
    }

    @Bean
    Inbox inbox(ProcessedEvents processed, TenantBindings bindings, DeadLetters deadLetters) {
        return new Inbox(processed, bindings, deadLetters);
    }

    @Bean
    ApplicationRunner processedEventsIndex(ProcessedEvents processed) {
        return arguments -> processed.createIndex().block();
    }

    @Bean
    OutboxWakeUp outboxWakeUp(ObjectProvider<OutboxRelay> relay) {
        return new OutboxWakeUp(() -> java.util.Optional.ofNullable(relay.getIfAvailable()));
    }

    /**
     * Drains the collection of every mapped aggregate that declares an outbox ({@link HasOutbox}), on the one
     * instance of the service that holds its lease: every instance runs a relay, only one sends.
     */
    @Bean
    @ConditionalOnProperty(name = "jixiao.outbox.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka,
                            ObjectProvider<LocalRecipient> recipients,
                            @Value("${jixiao.outbox.relay.sweep-interval:5s}") Duration sweepInterval,
                            @Value("${jixiao.outbox.relay.lease-duration:10s}") Duration leaseDuration,
                            @Value("${spring.application.name}") String service) {
        // the wall clock, never a service's own Clock bean: the lease is compared across processes
        var lease = new OutboxLease(mongo, service, instanceName(), leaseDuration, Clock.systemUTC());
        return new OutboxRelay(mongo, kafka, OutboxCollections.declaredIn(mongo.getConverter().getMappingContext()),
                recipients.orderedStream().toList(), sweepInterval, java.util.Optional.of(lease));
    }

    /** This process among the service's instances: readable in the lease document, unique even on one host. */
    private static String instanceName() {
        // the pod's or container's name where there is one; no DNS lookup of the host name at startup
        String host = java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost");
        return host + "/" + ProcessHandle.current().pid() + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
