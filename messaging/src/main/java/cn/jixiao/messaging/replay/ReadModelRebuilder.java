package cn.jixiao.messaging.replay;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

import cn.jixiao.messaging.inbox.ProcessedEvents;
import cn.jixiao.messaging.replay.RebuildProgress.State;

/**
 * Drops a read model and rebuilds it from the topics its feeds consume, one rebuild at a time, in the background,
 * with its progress readable while it runs.
 *
 * <p><b>The steps, and why in this order.</b>
 * <ol>
 * <li><b>Pause this instance's live listeners of the read model</b> and wait until none is applying a record. From
 * here on no live event touches the collections, and the listeners' committed offsets stay where they are: a
 * paused container keeps its consumer in the group (it polls without fetching), so no rebalance hands its
 * partitions to anyone.</li>
 * <li><b>Delete every document of the read model's collections, then the processed-event records of its
 * consumer</b>. The records must go, or every replayed event would be skipped as applied already; they go after the
 * data, so that a record can never outlive the data it stands for. The tenant bindings stay: they are the
 * service's security memory (ADR 6), not a copy of anyone's data, and the replay checks each event against
 * them exactly as the live listener did, so what was refused before (and dead-lettered) is refused again (and
 * dead-lettered again: consumers of the dead letters expect duplicates).</li>
 * <li><b>Replay</b> every topic of the read model from its first record to the end it had at this moment, with a
 * consumer of its own in no consumer group ({@link TopicReplay}), each record through its feed's own dispatcher:
 * the same tenant check, processed-event record and handler as live. Per partition in offset order, as live.</li>
 * <li><b>Resume the live listeners</b>, also when the rebuild failed. Each continues from its committed offset,
 * which is at or before the replay's end (it was paused before the end was read). The events between the two were
 * applied by the replay and are now recorded as processed, so the live listener skips them; the events after the
 * end (published during the rebuild) it applies as usual. So an event published during the rebuild is neither lost
 * nor applied twice.</li>
 * </ol>
 *
 * <p><b>Several instances.</b> Only this instance's listeners are paused. Another instance of the service keeps
 * consuming its partitions; since every handler is an idempotent upsert keeping the newest state, an event it
 * applies during the rebuild is simply applied once more, or skipped by the replay as processed. The one unsafe
 * moment is an event whose handler wrote before the deletion and whose processed-event record lands after it:
 * its effect is gone and the replay skips it. The window is one MongoDB write wide, but real: rebuild with one
 * instance of the service running (docs/operations.md, "Event retention and rebuilding read models").
 *
 * <p><b>While it runs</b> the read model is partial: reads of it may answer 未找到 or leave projects out, and a
 * render job waits for its evaluation at most {@code RenderWorker.CATCH_UP_LIMIT}. Run it in a quiet hour.
 */
public class ReadModelRebuilder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);

    private static final Duration CLEAR_LIMIT = Duration.ofMinutes(5);

    private final RebuildableReadModel model;
    private final ReactiveMongoTemplate mongo;
    private final ConsumerFactory<?, ?> consumers;
    private final LiveListeners live;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final ExecutorService worker;

    public ReadModelRebuilder(RebuildableReadModel model, ReactiveMongoTemplate mongo, ConsumerFactory<?, ?> consumers,
                              KafkaListenerEndpointRegistry listeners, Clock clock) {
        this.model = model;
        this.mongo = mongo;
        this.consumers = consumers;
        this.live = new LiveListeners(listeners);
        this.clock = clock;
        this.progress = new AtomicReference<>(RebuildProgress.idle(model.name()));
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The running rebuild's progress, or the last one's, or idle. */
    public RebuildProgress progress() {
        return progress.get();
    }

    /**
     * Starts a rebuild in the background. Empty when one is running already (its progress says how far it is):
     * two at once would each delete what the other has replayed.
     */
    public Optional<RebuildProgress> start(String requestedBy) {
        return claim(requestedBy).map(started -> {
            worker.execute(() -> run(started));
            return started;
        });
    }

    /** Rebuilds now, on the calling thread, and answers how it ended: for a command or a test. */
    public RebuildProgress rebuild(String requestedBy) {
        RebuildProgress started = claim(requestedBy)
                .orElseThrow(() -> new IllegalStateException(model.name() + " is being rebuilt already"));
        run(started);
        return progress.get();
    }

    private Optional<RebuildProgress> claim(String requestedBy) {
        RebuildProgress current = progress.get();
        if (current.running() || closing.get()) {
            return Optional.empty();
        }
        RebuildProgress started = new RebuildProgress(State.RUNNING, model.name(), requestedBy, clock.instant(), null,
                List.of(), 0, null);
        return progress.compareAndSet(current, started) ? Optional.of(started) : Optional.empty();
    }

    private void run(RebuildProgress started) {
        log.info("Rebuilding {} from {} (asked by {})", model.name(), model.topics(), started.requestedBy());
        List<MessageListenerContainer> paused = List.of();
        try {
            paused = live.pause(model.feeds().stream().map(ReplayedFeed::listenerId).toList());
            clear().block(CLEAR_LIMIT);
            RebuildProgress replayed;
            try (var consumer = replayConsumer()) {
                replayed = new TopicReplay(consumer, feedsByTopic(), started, progress::set, closing::get).run();
            }
            progress.set(replayed.done(clock.instant()));
            log.info("Rebuilt {}: {}, {} records not applied", model.name(), replayed.topics(), replayed.failedRecords());
        } catch (RuntimeException e) {
            log.error("Rebuild of {} failed; the read model is incomplete until a rebuild succeeds", model.name(), e);
            progress.set(progress.get().failed(clock.instant(), String.valueOf(e.getMessage())));
        } finally {
            live.resume(paused);
        }
    }

    /** The read model's documents first, then the records of which events made them (see the class comment). */
    private Mono<Void> clear() {
        return Flux.fromIterable(model.collections())
                .concatMap(collection -> mongo.remove(new Query(), collection)
                        .doOnNext(removed -> log.info("Rebuild of {}: deleted {} documents of {}", model.name(),
                                removed.getDeletedCount(), collection)))
                .then(new ProcessedEvents(mongo).forget(model.consumer()))
                .then();
    }

    /**
     * A consumer with the service's own Kafka login and deserializers, in a group of its own that it never joins
     * or commits to: the live group's offsets are the live listeners' business alone.
     */
    @SuppressWarnings("unchecked")
    private org.apache.kafka.clients.consumer.Consumer<String, String> replayConsumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String group = model.consumer() + "-rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        return (org.apache.kafka.clients.consumer.Consumer<String, String>) consumers
                .createConsumer(group, group, null, overrides);
    }

    private Map<String, Consumer<ConsumerRecord<String, String>>> feedsByTopic() {
        Map<String, Consumer<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
        for (ReplayedFeed feed : model.feeds()) {
            if (byTopic.putIfAbsent(feed.topic(), feed.apply()) != null) {
                throw new IllegalStateException("two feeds of " + model.name() + " on " + feed.topic()
                        + ": a service has one listener per topic and read model");
            }
        }
        return byTopic;
    }

    /** An orderly stop ends a running replay at its next poll; the listeners are resumed (and then stopped). */
    @Override
    public void close() {
        closing.set(true);
        worker.shutdown();
    }
}
