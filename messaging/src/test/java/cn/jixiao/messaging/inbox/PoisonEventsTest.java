package cn.jixiao.messaging.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceWithdrawn;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.testing.ProjectEventsFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event a consumer cannot apply does not stop it: a malformed record, a type or version it cannot read and a
 * payload failing its checks go to the dead letters at the first attempt; a handler failing because the store is
 * away is retried with backoff up to the bound, then dead-lettered; the next good record is applied either way.
 * The consumer runs in a real listener container with the error handler every service gets.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.DEAD_LETTERS)
class PoisonEventsTest {

    private static final String CONSUMER = "report-service";
    private static final int ATTEMPTS = 4;
    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final EventCodec codec = new EventCodec();
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** What the budget handler throws at its n-th attempt (from 1), or {@code null} to apply. */
    private volatile IntFunction<RuntimeException> budgetFailure = attempt -> null;
    private final AtomicInteger budgetAttempts = new AtomicInteger();

    private MongoServer server;
    private MongoClient client;
    private DefaultKafkaProducerFactory<String, String> producers;
    private KafkaTemplate<String, String> kafka;
    private ListeningConsumer consumer;
    private RefusedEvents refused;
    private String topic;

    @BeforeEach
    void consumer(EmbeddedKafkaBroker broker) {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "poison-test");
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.createIndex().block();
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        kafka = new KafkaTemplate<>(producers);
        DeadLetters deadLetters = new DeadLetters(kafka, Clock.systemUTC(), Optional.of(meters));
        EventDispatcher dispatcher = EventDispatcher.forConsumer(CONSUMER,
                        new Inbox(processed, new TenantBindings(mongo), deadLetters))
                .on(ProjectEvents.PROJECT_REGISTERED, event -> apply("registered " + event.payload().code()))
                .on(ProjectEvents.BUDGET_CHANGED, event -> Mono.defer(() -> {
                    RuntimeException failure = budgetFailure.apply(budgetAttempts.incrementAndGet());
                    return failure != null ? Mono.error(failure)
                            : apply("budget " + event.payload().fullYearBudget());
                }))
                .build();

        // a topic of its own per test: no record of another test is read again
        topic = "poison-" + UUID.randomUUID();
        broker.addTopics(topic);
        consumer = ListeningConsumer.start(broker, topic, dispatcher, deadLetters, ATTEMPTS);
        refused = RefusedEvents.watch(broker.getBrokersAsString());
    }

    @AfterEach
    void stop() {
        consumer.close();
        refused.close();
        producers.destroy();
        client.close();
        server.shutdownNow();
    }

    @Test
    void aMalformedRecordIsDeadLetteredAtTheFirstAttemptAndTheNextEventIsApplied() throws Exception {
        UUID marker = UUID.randomUUID();
        long malformed = send("the-project", "{\"eventId\": \"" + marker + "\", \"type\": ");
        send(registered("IN-101"));

        awaitApplied("registered IN-101");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(marker, CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("malformed");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).startsWith("the record is not a readable event envelope");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).startsWith("记录不是可读的事件信封");
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(topic);
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_OFFSET)).isEqualTo(String.valueOf(malformed));
        assertThat(letter.key()).isEqualTo("the-project");
        assertThat(consumer.deliveriesOf(malformed)).as("no retry can help a malformed record").isEqualTo(1);
    }

    @Test
    void anUnknownContractVersionOfAHandledTypeIsDeadLetteredAtTheFirstAttempt() throws Exception {
        EventType<BudgetChanged> newer = new EventType<>(ProjectEvents.BUDGET_CHANGED.name(), 9, BudgetChanged.class);
        EventEnvelope<BudgetChanged> event = EventEnvelope.of(newer, "jinchen", JANUARY, budget("100.00"));
        long offset = send(event);
        send(registered("IN-102"));

        awaitApplied("registered IN-102");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(event.eventId(), CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("unknown-version");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON))
                .isEqualTo("version 9 of BudgetChanged cannot be read here; this consumer reads v1");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).contains("第 9 版");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(1);
        assertThat(budgetAttempts).as("no handler ran").hasValue(0);
    }

    @Test
    void anEventTypeTheContractsDoNotKnowIsDeadLetteredToBeReplayedAfterTheUpgrade() throws Exception {
        EventType<Map> archived = new EventType<>("ProjectArchived", 1, Map.class);
        EventEnvelope<Map> event = EventEnvelope.of(archived, "jinchen", JANUARY, Map.of("projectId", "p-1"));
        long offset = send(event);
        send(registered("IN-103"));

        awaitApplied("registered IN-103");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(event.eventId(), CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("unknown-type");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).contains("ProjectArchived v1");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(1);
    }

    @Test
    void aTypeOfTheContractsTheConsumerDoesNotHandleIsSkippedNotDeadLettered() throws Exception {
        var updated = EventEnvelope.of(ProjectEvents.EVIDENCE_WITHDRAWN, "jinchen", JANUARY,
                new EvidenceWithdrawn(UUID.randomUUID().toString(), "panlong", "jinchen", UUID.randomUUID().toString(),
                        "上传错了"));
        send(updated);
        send(registered("IN-104"));

        awaitApplied("registered IN-104");
        assertThat(refused.deadLettersOf(updated.eventId())).isEmpty();
    }

    @Test
    void aPayloadFailingItsChecksIsDeadLetteredAtTheFirstAttempt() throws Exception {
        EventEnvelope<BudgetChanged> event = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", JANUARY,
                budget("777.77"));
        // a third decimal: an amount is to the fen, and Yuan refuses anything finer
        long offset = send("the-project", codec.write(event).replace("777.77", "777.775"));
        send(registered("IN-105"));

        awaitApplied("registered IN-105");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(event.eventId(), CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("invalid-payload");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).contains("BudgetChanged v1").contains("two decimals");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).contains("事件内容无效");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(1);
        assertThat(budgetAttempts).hasValue(0);
    }

    @Test
    void aStoreFailureIsRetriedWithBackoffUpToTheBoundThenDeadLetteredAndTheNextEventIsApplied() throws Exception {
        budgetFailure = attempt -> new DataAccessResourceFailureException("the read model's store is away");
        EventEnvelope<BudgetChanged> event = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", JANUARY,
                budget("100.00"));
        long offset = send(event);
        send(registered("IN-106"));

        awaitApplied("registered IN-106");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(event.eventId(), CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("apply-failed");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).isEqualTo("applying the event failed " + ATTEMPTS
                + " times: DataAccessResourceFailureException: the read model's store is away");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).contains("连续失败 " + ATTEMPTS + " 次");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(ATTEMPTS);
        assertThat(budgetAttempts).hasValue(ATTEMPTS);
        assertThat(applied).containsExactly("registered IN-106");
    }

    @Test
    void aStoreFailureThatClearsBeforeTheBoundIsAppliedOnceAndNotDeadLettered() throws Exception {
        budgetFailure = attempt -> attempt <= 2 ? new DataAccessResourceFailureException("a moment away") : null;
        EventEnvelope<BudgetChanged> event = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", JANUARY,
                budget("300.00"));
        long offset = send(event);
        send(registered("IN-107"));

        awaitApplied("registered IN-107");
        assertThat(applied).containsExactly("budget 300.00 元", "registered IN-107");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(3);
        assertThat(refused.deadLettersOf(event.eventId())).isEmpty();
    }

    @Test
    void aHandlerFailureNoRetryCanHelpIsDeadLetteredAtTheFirstAttempt() throws Exception {
        budgetFailure = attempt -> new IllegalStateException("a budget without a year");
        EventEnvelope<BudgetChanged> event = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", JANUARY,
                budget("400.00"));
        long offset = send(event);
        send(registered("IN-108"));

        awaitApplied("registered IN-108");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(event.eventId(), CONSUMER);
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("apply-failed");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).isEqualTo("applying the event failed, and trying"
                + " again cannot help: IllegalStateException: a budget without a year");
        assertThat(consumer.deliveriesOf(offset)).isEqualTo(1);
    }

    @Test
    void everyDeadLetterSentIsCountedByConsumerAndReason() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send("the-project", "not json " + first);
        send("the-project", "not json " + second);
        send(registered("IN-109"));

        awaitApplied("registered IN-109");
        refused.deadLetterOf(first, CONSUMER);
        refused.deadLetterOf(second, CONSUMER);
        assertThat(meters.get(DeadLetters.METRIC).tags("consumer", CONSUMER, "reason", "malformed").counter().count())
                .isEqualTo(2.0);
    }

    private void awaitApplied(String what) {
        await().atMost(Duration.ofSeconds(60)).until(() -> applied.contains(what));
    }

    private Mono<Void> apply(String what) {
        return Mono.fromRunnable(() -> applied.add(what));
    }

    private long send(EventEnvelope<?> event) throws Exception {
        return send("the-project", codec.write(event));
    }

    private long send(String key, String value) throws Exception {
        return kafka.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS)
                .getRecordMetadata().offset();
    }

    private static EventEnvelope<ProjectRegistered> registered(String code) {
        return ProjectEventsFixture.registered("panlong", "jinchen", code);
    }

    private static BudgetChanged budget(String yuan) {
        return new BudgetChanged(UUID.randomUUID().toString(), "panlong", "jinchen", Yuan.parse(yuan), List.of(),
                Yuan.parse(yuan), List.of(), List.of(), 1);
    }
}
