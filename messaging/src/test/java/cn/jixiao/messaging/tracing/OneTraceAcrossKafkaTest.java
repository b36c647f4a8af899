package cn.jixiao.messaging.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.messaging.inbox.Aggregate;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.messaging.inbox.TenantClaim;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.InMemoryMongo;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace runs from the request that writes an event to the consumer that applies it, although the outbox relay
 * sends the event later, on its own thread: the request's trace is stored with the pending event, the relay
 * continues it when it sends, the record's headers carry it, and the consumer's listener continues it again. So
 * the writer's log line and the consumer's log line carry the same trace id, and each the tenant it served.
 *
 * <p>A small service of its own, in-process: a real web request (a street editor's token), the messaging
 * auto-configuration's relay and inbox, an embedded Kafka broker and an in-memory MongoDB.
 */
@SpringBootTest(classes = OneTraceAcrossKafkaTest.NotesService.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "spring.application.name=notes-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "jixiao.outbox.relay.sweep-interval=100ms",
                "jixiao.kafka.partitions=1",
                "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN"})
@ContextConfiguration(initializers = InMemoryMongo.class)
@EmbeddedKafka(partitions = 1, topics = OneTraceAcrossKafkaTest.TOPIC)
@AutoConfigureWebTestClient(timeout = "PT30S")
class OneTraceAcrossKafkaTest {

    static final String TOPIC = "jixiao.note-events";
    static final EventType<NoteWritten> NOTE_WRITTEN = new EventType<>("NoteWritten", 1, NoteWritten.class);
    static final String WRITER_LOG = "notes.writer";
    static final String READER_LOG = "notes.reader";

    @Autowired
    WebTestClient web;

    private final List<ILoggingEvent> lines = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            lines.add(event);
        }
    };

    @BeforeEach
    void captureTheLogLines() {
        capture.start();
        logger(WRITER_LOG).addAppender(capture);
        logger(READER_LOG).addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        logger(WRITER_LOG).detachAppender(capture);
        logger(READER_LOG).detachAppender(capture);
        capture.stop();
    }

    @Test
    void theConsumersLogLineCarriesTheTraceIdOfTheRequestThatWroteTheEvent() {
        String noteId = web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).post()
                .uri("/notes").bodyValue("路灯已修好").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        ILoggingEvent applied = await().atMost(Duration.ofSeconds(30))
                .until(() -> line(READER_LOG, noteId), Optional::isPresent).orElseThrow();
        ILoggingEvent written = line(WRITER_LOG, noteId).orElseThrow();

        String traceId = written.getMDCPropertyMap().get("traceId");
        assertThat(traceId).as("the writer's line is in the request's trace").isNotBlank();
        assertThat(applied.getMDCPropertyMap()).as("the consumer's line, written after the relay sent the event")
                .containsEntry("traceId", traceId);
        assertThat(applied.getMDCPropertyMap().get("spanId")).as("in a span of the consumer's own")
                .isNotEqualTo(written.getMDCPropertyMap().get("spanId"));
        assertThat(written.getMDCPropertyMap()).containsEntry("tenant", DemoTenants.JINCHEN);
        assertThat(applied.getMDCPropertyMap()).containsEntry("tenant", DemoTenants.JINCHEN);
    }

    private Optional<ILoggingEvent> line(String logger, String noteId) {
        return lines.stream().filter(line -> line.getLoggerName().equals(logger))
                .filter(line -> line.getFormattedMessage().contains(noteId)).findFirst();
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    record NoteWritten(String noteId, String districtId, String streetId, String text) {
    }

    @Document("notes")
    record Note(@Id String id, String streetId, String text, List<PendingEvent> outbox) implements HasOutbox {
        Note {
            outbox = HasOutbox.kept(outbox);
        }
    }

    /** Writes a note and its event in one document, as every service's writers do. */
    @RestController
    static class Notes {

        private static final org.slf4j.Logger log = LoggerFactory.getLogger(WRITER_LOG);
        private final ReactiveMongoTemplate mongo;

        Notes(ReactiveMongoTemplate mongo) {
            this.mongo = mongo;
        }

        @PostMapping("/notes")
        Mono<String> write(@RequestBody String text, TenantAccess editor) {
            String id = UUID.randomUUID().toString();
            NoteWritten written = new NoteWritten(id, editor.districtId(), editor.streetId(), text);
            Note note = new Note(id, editor.streetId(), text, List.of(PendingEvent.of(TOPIC, id,
                    EventEnvelope.of(NOTE_WRITTEN, editor.streetId(), Instant.now(), written))));
            return mongo.save(note)
                    .doOnNext(saved -> log.info("Note {} written", saved.id()))
                    .map(Note::id);
        }
    }

    /** Applies the notes' events through the inbox, as every service's feeds do. */
    static class NoteFeed {

        private static final org.slf4j.Logger log = LoggerFactory.getLogger(READER_LOG);
        private final EventDispatcher dispatcher;

        NoteFeed(Inbox inbox) {
            this.dispatcher = EventDispatcher.forConsumer("notes-reader", inbox)
                    .on(NOTE_WRITTEN, note -> TenantClaim.ofStreet(note.streetId(), note.districtId(),
                            new Aggregate("note", note.noteId())), event -> {
                        log.info("Note {} applied", event.payload().noteId());
                        return Mono.empty();
                    })
                    .build();
        }

        @KafkaListener(topics = TOPIC, groupId = "notes-reader")
        void on(ConsumerRecord<String, String> record) {
            dispatcher.dispatch(record);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Notes.class, NoteFeed.class})
    static class NotesService {
    }
}
