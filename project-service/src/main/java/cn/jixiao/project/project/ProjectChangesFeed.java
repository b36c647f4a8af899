package cn.jixiao.project.project;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;

/**
 * Keeps this instance's {@link ProjectListReadModel} current with the changes other instances make: it listens to
 * the events project-service publishes when a project is registered or changed, and re-reads that one project
 * from the store (the events do not carry who registered it and when, which the list shows).
 *
 * <p>Every instance must see every event, so each listens in a consumer group of its own (the service's group
 * {@code project-service} shares the events out among the instances, each to one). The group starts at the end of
 * the topic: what happened before is in the store, which the model loads only once the group's place on every
 * partition is fixed, so no change falls between the load and the first event read. Offsets are committed as
 * usual, so a rebalance of this one-member group (a broker restart) resumes where it stopped; the group is left
 * behind when the instance stops and the broker forgets it after its offset retention (7 days by default).
 *
 * <p>No inbox here: re-reading a project is harmless however often it is done, and the inbox's record of processed
 * events is shared by all instances, which would let only the first of them apply each event.
 */
@Component
class ProjectChangesFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectChangesFeed.class);
    private static final Set<String> ROW_CHANGES =
            Set.of(ProjectEvents.PROJECT_REGISTERED.name(), ProjectEvents.PROJECT_UPDATED.name());
    private static final Duration REREAD_TIMEOUT = Duration.ofSeconds(30);
    /** Its stop waits this long for the consumer; with the broker gone that wait was the whole 5 s it had (#14). */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(1);
    /**
     * Before the outbox relay and the service's other listeners: it listens before any of this instance's events
     * leave, and stops after them.
     */
    private static final int PHASE = Integer.MAX_VALUE - 1000;

    private final ProjectListReadModel readModel;
    private final ConsumerFactory<String, String> consumers;
    private final String group;
    private final EventCodec codec = new EventCodec();
    private final AtomicBoolean loadAsked = new AtomicBoolean();
    private KafkaMessageListenerContainer<String, String> container;

    @SuppressWarnings("unchecked")
    ProjectChangesFeed(ProjectListReadModel readModel, ConsumerFactory<?, ?> consumers,
                       @Value("${spring.application.name}") String service) {
        this.readModel = readModel;
        this.consumers = (ConsumerFactory<String, String>) consumers;
        this.group = service + "-list-" + UUID.randomUUID();
    }

    @Override
    public void start() {
        ContainerProperties properties = new ContainerProperties(Topics.PROJECT_EVENTS);
        properties.setGroupId(group);
        Properties overrides = new Properties();
        // what happened before this instance started is read from the store, not replayed
        overrides.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.setKafkaConsumerProperties(overrides);
        properties.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // fixes the place at the end now, before the load reads the store, not lazily at the next poll
                partitions.forEach(consumer::position);
                loadOnce();
            }
        });
        properties.setMessageListener((MessageListener<String, String>) this::on);
        // a daemon that gives up soon: a broker already gone at shutdown must not hold the process up
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("project-list-feed-");
        thread.setDaemon(true);
        properties.setListenerTaskExecutor(thread);
        properties.setShutdownTimeout(SHUTDOWN_TIMEOUT.toMillis());
        container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.setBeanName("project-list-feed");
        container.start();
    }

    private void loadOnce() {
        if (loadAsked.compareAndSet(false, true)) {
            long start = System.nanoTime();
            readModel.loadAllUnchecked()
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                            .doBeforeRetry(failed -> log.warn("Loading the project list failed, will retry: {}",
                                    failed.failure().toString())))
                    .subscribe(null, failed -> log.error("Loading the project list failed", failed),
                            () -> log.info("Project list loaded: {} projects in {} ms", readModel.size(),
                                    (System.nanoTime() - start) / 1_000_000));
        }
    }

    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> event;
        try {
            event = codec.read(record.value());
        } catch (RuntimeException unreadable) {
            // not ours to judge: the service's own consumers send such records to the dead letters
            log.debug("Skipping an unreadable record at offset {}", record.offset());
            return;
        }
        if (!ROW_CHANGES.contains(event.type())) {
            return;
        }
        JsonNode projectId = event.payload().get("projectId");
        if (projectId == null || !projectId.isString()) {
            return;
        }
        // a failure here (the store away) is retried by the container's error handler
        readModel.refreshUnchecked(projectId.asString()).block(REREAD_TIMEOUT);
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }
}
