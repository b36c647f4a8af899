package cn.jixiao.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.messaging.outbox.OutboxBacklog;
import cn.jixiao.messaging.outbox.OutboxCollections;
import cn.jixiao.messaging.outbox.OutboxTraceStamp;
import cn.jixiao.messaging.outbox.OutboxTracing;

/**
 * What operators see of the outbox (#14): its backlog as gauges for Prometheus ({@link OutboxBacklog}), and the
 * trace of the request that wrote an event carried on to the relay's send ({@link OutboxTracing}), so one trace
 * runs from the gateway through the service and Kafka to every consumer.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration"})
@ConditionalOnBean(ReactiveMongoTemplate.class)
public class OutboxObservabilityAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Backlog {

        /** Bound to the application's meter registry by Boot, like every {@link MeterBinder} bean. */
        @Bean
        OutboxBacklog outboxBacklog(ReactiveMongoTemplate mongo,
                                    @Value("${jixiao.outbox.metrics.refresh-after:5s}") Duration refreshAfter) {
            return new OutboxBacklog(mongo, OutboxCollections.declaredIn(mongo.getConverter().getMappingContext()),
                    refreshAfter, Clock.systemUTC());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class Tracing {

        @Bean(destroyMethod = "uninstall")
        @ConditionalOnBean({Tracer.class, Propagator.class})
        OutboxTracing outboxTracing(Tracer tracer, Propagator propagator) {
            return OutboxTracing.install(tracer, propagator);
        }

        /** Picked up by the Mongo template like every entity callback bean. */
        @Bean
        OutboxTraceStamp outboxTraceStamp() {
            return new OutboxTraceStamp();
        }
    }
}
