package cn.jixiao.messaging.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.inbox.ListeningConsumer;
import cn.jixiao.messaging.inbox.ProcessedEvents;
import cn.jixiao.messaging.inbox.TenantBindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The dead-letter desk keeps every consumer's letters from the dead-letter topic, lists them newest first, shows the
 * record, and replays one or all of a consumer's after a fix: the record goes back on its topic with its key and
 * headers, the consumer that could not apply it applies it once, and a consumer that had applied it drops it.
 *
 * <p>Two consumers of one service's topic, as report-service and evaluation-service read project-service's: the
 * report's handler is broken for budgets until the test fixes it, the evaluation's works.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.DEAD_LETTERS)
class DeadLetterDeskTest {

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final EventCodec codec = new EventCodec();
    private final String reports = "report-service-" + UUID.randomUUID().toString().substring(0, 8);
    private final String evaluations = "evaluation-service-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<String>> applied = new ConcurrentHashMap<>();
    private final Set<String> fixed = ConcurrentHashMap.newKeySet();

    private MongoServer server;
    private MongoClient client;
    private DefaultKafkaProducerFactory<String, String> producers;
    private KafkaTemplate<String, String> kafka;
    private ListeningConsumer reportConsumer;
    private ListeningConsumer evaluationConsumer;
    private KafkaMessageListenerContainer<String, String> deskFeed;
    private DeadLetterDesk desk;
    private String topic;

    @BeforeEach
    void platform(EmbeddedKafkaBroker broker) {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        kafka = new KafkaTemplate<>(producers);
        topic = "project-events-" + UUID.randomUUID();
        broker.addTopics(topic);
        DeadLetters deadLetters = new DeadLetters(kafka, Clock.systemUTC());
        reportConsumer = consumer(broker, reports, "report-db", deadLetters);
        evaluationConsumer = consumer(broker, evaluations, "evaluation-db", deadLetters);

        // the desk, in a third service with a database of its own
        DeadLetterArchive archive = new DeadLetterArchive(new ReactiveMongoTemplate(client, "desk-db"));
        archive.createIndexes().block();
        desk = new DeadLetterDesk(archive, kafka, Clock.systemUTC());
        DeadLetterFeed feed = new DeadLetterFeed(archive);
        ContainerProperties properties = new ContainerProperties(Topics.DEAD_LETTERS);
        properties.setGroupId("desk-" + UUID.randomUUID());
        properties.setMessageListener((MessageListener<String, String>) feed::on);
        deskFeed = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)), properties);
        deskFeed.start();
    }

    @AfterEach
    void stop() {
        deskFeed.stop();
        reportConsumer.close();
        evaluationConsumer.close();
        producers.destroy();
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDeskListsEachLetterNewestFirstWithWhereItCameFromAndWhyAndShowsItsRecord() throws Exception {
        EventEnvelope<BudgetChanged> first = budget("100.00");
        EventEnvelope<BudgetChanged> second = budget("200.00");
        ProducerRecord<String, String> firstRecord = record(first);
        firstRecord.headers().add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
                .getBytes(StandardCharsets.UTF_8));
        long firstOffset = send(firstRecord);
        long secondOffset = send(record(second));

        DeadLetterPage page = awaitLetters(reports, 2);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.letters()).extracting(DeadLetter::eventId)
                .as("newest first").containsExactly(second.eventId().toString(), first.eventId().toString());
        DeadLetter letter = page.letters().get(1);
        assertThat(letter.consumer()).isEqualTo(reports);
        assertThat(letter.originalTopic()).isEqualTo(topic);
        assertThat(letter.originalPartition()).isZero();
        assertThat(letter.originalOffset()).isEqualTo(firstOffset);
        assertThat(letter.eventType()).isEqualTo("BudgetChanged v1");
        assertThat(letter.aggregateId()).isEqualTo(first.payload().projectId());
        assertThat(letter.reasonCode()).isEqualTo("apply-failed");
        assertThat(letter.reason()).contains("the report's budget handler is broken");
        assertThat(letter.reasonZh()).contains("应用事件失败");
        assertThat(letter.refusedAt()).isAfter(JANUARY);
        assertThat(letter.replays()).isEmpty();
        assertThat(page.letters().get(0).originalOffset()).isEqualTo(secondOffset);

        DeadLetter shown = desk.show(letter.id()).block();
        assertThat(shown.value()).isEqualTo(firstRecord.value());
        assertThat(shown.headers()).as("the record's own headers, not the letter's reasons")
                .containsExactly(new DeadLetter.Header("traceparent",
                        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertThat(desk.list(Optional.of(evaluations), 0, 20).block().letters())
                .as("the evaluation's consumer applied both").isEmpty();
        assertThat(desk.list(Optional.of(reports), 1, 1).block().letters()).extracting(DeadLetter::id)
                .as("the second page of one").containsExactly(letter.id());
    }

    @Test
    void aReplayAfterTheFixIsAppliedOnceWhileTheConsumerThatHadAppliedTheEventDropsIt() throws Exception {
        EventEnvelope<BudgetChanged> budget = budget("300.00");
        send(record(budget));
        DeadLetter letter = awaitLetters(reports, 1).letters().get(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(evaluations).contains("budget 300.00 元"));
        assertThat(applied(reports)).isEmpty();

        fixed.add(reports);
        DeadLetter replayed = desk.replay(letter.id(), "platform-admin").block();

        assertThat(replayed.replays()).singleElement().satisfies(replay -> {
            assertThat(replay.by()).isEqualTo("platform-admin");
            assertThat(replay.topic()).isEqualTo(topic);
            assertThat(replay.offset()).isGreaterThan(letter.originalOffset());
        });
        long replayOffset = replayed.replays().get(0).offset();
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(reports).contains("budget 300.00 元"));
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluationConsumer.deliveriesOf(replayOffset) == 1);
        assertThat(applied(reports)).containsExactly("budget 300.00 元");
        assertThat(applied(evaluations)).as("dropped by its event id").containsExactly("budget 300.00 元");
        assertThat(desk.show(letter.id()).block().replayed()).isTrue();
        assertThatThrownBy(() -> desk.replay(letter.id(), "platform-admin").block())
                .isInstanceOf(AlreadyReplayed.class);
    }

    @Test
    void aReplayedRecordGoesBackWithItsKeyAndHeadersAndSaysWhichLetterItCameFrom() throws Exception {
        EventEnvelope<BudgetChanged> budget = budget("400.00");
        ProducerRecord<String, String> original = record(budget);
        original.headers().add("jixiao-tenant", "jinchen".getBytes(StandardCharsets.UTF_8));
        send(original);
        DeadLetter letter = awaitLetters(reports, 1).letters().get(0);

        long offset = desk.replay(letter.id(), "platform-admin").block().replays().get(0).offset();

        ConsumerRecord<String, String> back = readAt(offset);
        assertThat(back.key()).isEqualTo(original.key());
        assertThat(back.value()).isEqualTo(original.value());
        assertThat(new String(back.headers().lastHeader("jixiao-tenant").value(), StandardCharsets.UTF_8))
                .isEqualTo("jinchen");
        assertThat(new String(back.headers().lastHeader(DeadLetterDesk.REPLAY_OF).value(), StandardCharsets.UTF_8))
                .isEqualTo(letter.id());
        assertThat(back.headers().lastHeader(DeadLetters.REASON_CODE)).as("the letter's reasons stay behind").isNull();
    }

    @Test
    void replayingAllOfAConsumersLettersPutsBackThoseWaitingInTheOrderTheConsumerReadThem() throws Exception {
        EventEnvelope<BudgetChanged> a = budget("1.00");
        EventEnvelope<BudgetChanged> b = budget("2.00");
        EventEnvelope<BudgetChanged> c = budget("3.00");
        send(record(a));
        send(record(b));
        send(record(c));
        List<DeadLetter> letters = awaitLetters(reports, 3).letters();
        fixed.add(reports);
        DeadLetter letterOfB = letters.stream().filter(letter -> letter.eventId().equals(b.eventId().toString()))
                .findFirst().orElseThrow();
        desk.replay(letterOfB.id(), "platform-admin").block();
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(reports).size() == 1);

        List<DeadLetter> replayed = desk.replayAll(reports, "platform-admin").block();

        assertThat(replayed).extracting(DeadLetter::eventId)
                .containsExactly(a.eventId().toString(), c.eventId().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(reports).size() == 3);
        assertThat(applied(reports)).containsExactly("budget 2.00 元", "budget 1.00 元", "budget 3.00 元");
        assertThat(desk.replayAll(reports, "platform-admin").block()).as("nothing left waiting").isEmpty();
    }

    private ListeningConsumer consumer(EmbeddedKafkaBroker broker, String name, String database,
                                       DeadLetters deadLetters) {
        ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, database);
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.createIndex().block();
        EventDispatcher dispatcher = EventDispatcher.forConsumer(name,
                        new Inbox(processed, new TenantBindings(mongo), deadLetters))
                .on(ProjectEvents.BUDGET_CHANGED, event -> name.equals(reports) && !fixed.contains(name)
                        ? Mono.error(new IllegalStateException("the report's budget handler is broken"))
                        : Mono.fromRunnable(() -> applied(name).add("budget " + event.payload().fullYearBudget())))
                .build();
        return ListeningConsumer.start(broker, topic, dispatcher, deadLetters, 3);
    }

    private List<String> applied(String consumer) {
        return applied.computeIfAbsent(consumer, name -> Collections.synchronizedList(new ArrayList<>()));
    }

    private DeadLetterPage awaitLetters(String consumer, int count) {
        return await().atMost(Duration.ofSeconds(60))
                // the count and the page are two reads: a letter stored between them is in one and not yet the other
                .until(() -> desk.list(Optional.of(consumer), 0, 20).block(),
                        page -> page.total() == count && page.letters().size() == count);
    }

    private ProducerRecord<String, String> record(EventEnvelope<BudgetChanged> event) {
        return new ProducerRecord<>(topic, event.payload().projectId(), codec.write(event));
    }

    private long send(ProducerRecord<String, String> record) throws Exception {
        return kafka.send(record).get(10, TimeUnit.SECONDS).getRecordMetadata().offset();
    }

    private ConsumerRecord<String, String> readAt(long offset) {
        try (var reader = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getProducerFactory().getConfigurationProperties()
                        .get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            reader.assign(List.of(partition));
            reader.seek(partition, offset);
            return await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.poll(Duration.ofMillis(200)).records(partition).stream()
                            .filter(record -> record.offset() == offset).findFirst(), Optional::isPresent)
                    .orElseThrow();
        }
    }

    private static EventEnvelope<BudgetChanged> budget(String yuan) {
        return EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", JANUARY, new BudgetChanged(
                UUID.randomUUID().toString(), "panlong", "jinchen", Yuan.parse(yuan), List.of(), Yuan.parse(yuan),
                List.of(), List.of(), 1));
    }
}
