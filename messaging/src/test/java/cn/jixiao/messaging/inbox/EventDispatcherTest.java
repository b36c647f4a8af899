package cn.jixiao.messaging.inbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.testing.ProjectEventsFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consumer applies an event only if it comes from the tenant its aggregate belongs to: the tenant of the first
 * event seen for that aggregate. Anything else goes to the dead letters and the security log, and changes nothing.
 */
@EmbeddedKafka(partitions = 1, topics = {Topics.PROJECT_EVENTS, Topics.EVALUATION_EVENTS, Topics.DEAD_LETTERS})
class EventDispatcherTest {

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private static final String KEY = "the-aggregate";

    private final EventCodec codec = new EventCodec();
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());
    private MongoServer server;
    private MongoClient client;
    private TenantBindings bindings;
    private Inbox inbox;
    private EventDispatcher dispatcher;
    private RefusedEvents refused;
    private long offset;

    @BeforeEach
    void consumer(EmbeddedKafkaBroker broker) {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
        ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "inbox-test");
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.createIndex().block();
        bindings = new TenantBindings(mongo);
        inbox = new Inbox(processed, bindings, new DeadLetters(template(broker), Clock.systemUTC()));
        dispatcher = EventDispatcher.forConsumer("report-service", inbox)
                .on(ProjectEvents.PROJECT_REGISTERED, event -> apply("registered " + event.payload().code()))
                .on(ProjectEvents.BUDGET_CHANGED, event -> apply("budget " + event.payload().fullYearBudget()))
                .on(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS, event -> apply("spent " + event.payload().batchTotal()
                        + " at revision " + event.payload().revision()))
                .on(EvaluationEvents.EVALUATION_FINALIZED, event -> apply("finalized " + event.payload().evaluationId()))
                .on(EvaluationEvents.TEMPLATE_PUBLISHED, event -> apply("template " + event.payload().templateId()
                        + " v" + event.payload().version()))
                .build();
        refused = RefusedEvents.watch(broker.getBrokersAsString());
    }

    @AfterEach
    void stop() {
        refused.close();
        client.close();
        server.shutdownNow();
    }

    @Test
    void anEventForAProjectOfAnotherStreetIsDeadLetteredLoggedAndNotApplied() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-001");
        String projectId = registered.payload().projectId();
        deliver(Topics.PROJECT_EVENTS, registered);

        EventEnvelope<BudgetChanged> forged = budget(projectId, "panlong", "tuodong", "999999.00");
        ConsumerRecord<String, String> record = deliver(Topics.PROJECT_EVENTS, forged);

        assertThat(applied).containsExactly("registered IN-001");
        ConsumerRecord<String, String> letter = refused.deadLetterOf(forged.eventId());
        assertThat(letter.value()).as("the original record").isEqualTo(record.value());
        assertThat(letter.key()).isEqualTo(KEY);
        assertThat(RefusedEvents.header(letter, DeadLetters.CONSUMER)).isEqualTo("report-service");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("aggregate-of-another-tenant");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON))
                .contains("project:" + projectId).contains("jinchen").contains("tuodong");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_ZH)).contains("不属于");
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.PROJECT_EVENTS);
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_PARTITION)).isEqualTo("0");
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_OFFSET)).isEqualTo(String.valueOf(record.offset()));
        assertThat(Instant.parse(RefusedEvents.header(letter, DeadLetters.REFUSED_AT))).isAfter(JANUARY);
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("consumer=report-service", "type=BudgetChanged", "aggregate=project:" + projectId,
                        "claimedTenant=tuodong", "boundTenant=jinchen");
        assertThat(bindings.tenantOf(Aggregate.project(projectId)).block()).isEqualTo("jinchen");
    }

    @Test
    void anEventWhosePayloadNamesAnotherStreetThanItsEnvelopeIsRefusedEvenForAProjectNotSeenYet() {
        String projectId = UUID.randomUUID().toString();
        BudgetChanged jinchensBudget = budget(projectId, "panlong", "jinchen", "100.00").payload();
        EventEnvelope<BudgetChanged> forged = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "tuodong", JANUARY,
                jinchensBudget);

        deliver(Topics.PROJECT_EVENTS, forged);

        assertThat(applied).isEmpty();
        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId()), DeadLetters.REASON_CODE))
                .isEqualTo("payload-tenant-mismatch");
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("claimedTenant=tuodong", "boundTenant=-");
        assertThat(bindings.tenantOf(Aggregate.project(projectId)).blockOptional()).as("binds nothing").isEmpty();
    }

    @Test
    void theFirstEventSeenBindsTheProjectSoABudgetBeforeTheRegistrationStillWorks() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-002");
        String projectId = registered.payload().projectId();

        deliver(Topics.PROJECT_EVENTS, budget(projectId, "panlong", "jinchen", "100000.00"));
        deliver(Topics.PROJECT_EVENTS, registered);

        assertThat(applied).containsExactly("budget 100000.00 元", "registered IN-002");
        assertThat(refused.deadLettersOf(registered.eventId())).isEmpty();
    }

    @Test
    void theSameStreetClaimingAnotherDistrictIsRefused() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-003");
        String projectId = registered.payload().projectId();
        deliver(Topics.PROJECT_EVENTS, registered);

        EventEnvelope<BudgetChanged> moved = budget(projectId, "wuhua", "jinchen", "1.00");
        deliver(Topics.PROJECT_EVENTS, moved);

        assertThat(applied).containsExactly("registered IN-003");
        assertThat(RefusedEvents.header(refused.deadLetterOf(moved.eventId()), DeadLetters.REASON))
                .contains("district panlong").contains("district wuhua");
    }

    @Test
    void aForgedRecordWithALegitimateEventsIdNeitherHidesThatEventNorIsAppliedInItsPlace() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-004");
        String projectId = registered.payload().projectId();
        deliver(Topics.PROJECT_EVENTS, registered);
        EventEnvelope<BudgetChanged> legitimate = budget(projectId, "panlong", "jinchen", "200.00");
        EventEnvelope<BudgetChanged> forgedFirst = new EventEnvelope<>(legitimate.eventId(), legitimate.type(),
                legitimate.version(), "tuodong", JANUARY, budget(projectId, "panlong", "tuodong", "999.00").payload());

        deliver(Topics.PROJECT_EVENTS, forgedFirst);
        deliver(Topics.PROJECT_EVENTS, legitimate);
        deliver(Topics.PROJECT_EVENTS, forgedFirst);

        assertThat(applied).containsExactly("registered IN-004", "budget 200.00 元");
        assertThat(refused.securityLinesOf(legitimate.eventId())).as("both forgeries").hasSize(2);
    }

    @Test
    void aForgedFinalizationOfAnotherStreetsProjectUnderANewEvaluationIdBindsNothing() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-005");
        String projectId = registered.payload().projectId();
        deliver(Topics.PROJECT_EVENTS, registered);
        String forgedEvaluation = UUID.randomUUID().toString();

        EventEnvelope<EvaluationSnapshot> forged = EventEnvelope.of(EvaluationEvents.EVALUATION_FINALIZED, "tuodong",
                JANUARY, finalized(forgedEvaluation, projectId, "tuodong"));
        deliver(Topics.EVALUATION_EVENTS, forged);

        assertThat(applied).containsExactly("registered IN-005");
        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId()), DeadLetters.REASON))
                .contains("project:" + projectId);
        assertThat(bindings.tenantOf(Aggregate.evaluation(forgedEvaluation)).blockOptional()).isEmpty();
    }

    @Test
    void aDistrictCannotPublishAVersionOfThePlatformsTemplate() {
        TemplatePublished national = new TemplatePublished("national-" + UUID.randomUUID(), 1, "全国通用模板", null,
                List.of(new TemplatePublished.Part("BUDGET_EXECUTION", new BigDecimal("10"))), List.of());
        deliver(Topics.EVALUATION_EVENTS, EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, "platform", JANUARY,
                national));
        TemplatePublished takenOver = new TemplatePublished(national.templateId(), 2, "全国通用模板", "wuhua",
                national.parts(), List.of());
        EventEnvelope<TemplatePublished> forged = EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, "wuhua",
                JANUARY, takenOver);

        deliver(Topics.EVALUATION_EVENTS, forged);

        assertThat(applied).containsExactly("template " + national.templateId() + " v1");
        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId()), DeadLetters.REASON_CODE))
                .isEqualTo("aggregate-of-another-tenant");
    }

    @Test
    void twoConsumersOfTheServiceSeeingANewEvaluationAtOnceBothApplyIt() throws Exception {
        EventDispatcher renders = EventDispatcher.forConsumer("report-service-renders", inbox)
                .on(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS, event -> apply("spent " + event.payload().batchTotal()
                        + " at revision " + event.payload().revision()))
                .on(EvaluationEvents.EVALUATION_FINALIZED, event -> apply("rendered " + event.payload().evaluationId()))
                .build();
        String projectId = UUID.randomUUID().toString();
        String evaluationId = UUID.randomUUID().toString();
        EventEnvelope<EvaluationSnapshot> finalized = EventEnvelope.of(EvaluationEvents.EVALUATION_FINALIZED,
                "jinchen", JANUARY, finalized(evaluationId, projectId, "jinchen"));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.EVALUATION_EVENTS, 0, 0, KEY,
                codec.write(finalized));

        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> dispatcher.dispatch(record));
            var second = pool.submit(() -> renders.dispatch(record));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        assertThat(applied).containsExactlyInAnyOrder("finalized " + evaluationId, "rendered " + evaluationId);
        assertThat(bindings.tenantOf(Aggregate.evaluation(evaluationId)).block()).isEqualTo("jinchen");
        assertThat(refused.securityLinesOf(finalized.eventId())).isEmpty();
    }

    @Test
    void aVersionOneSpendingStillOnTheTopicIsAppliedBesideTheVersionTwoThatFollows() {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "IN-006");
        String projectId = registered.payload().projectId();
        deliver(Topics.PROJECT_EVENTS, registered);

        deliver(Topics.PROJECT_EVENTS, spending(ProjectEvents.EXPENDITURE_RECORDED_V1, projectId, "100.00", null));
        deliver(Topics.PROJECT_EVENTS, spending(ProjectEvents.EXPENDITURE_RECORDED, projectId, "250.00", 2L));

        assertThat(applied).containsExactly("registered IN-006", "spent 100.00 元 at revision null",
                "spent 250.00 元 at revision 2");
    }

    @Test
    void aServicesOwnEventTypeMustSayWhomItsEventsBelongTo() {
        EventType<Map> noted = new EventType<>("Noted", 1, Map.class);

        assertThatThrownBy(() -> EventDispatcher.forConsumer("report-service", null).on(noted, event -> Mono.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Noted v1");
    }

    private Mono<Void> apply(String what) {
        return Mono.fromRunnable(() -> applied.add(what));
    }

    /** Hands the record to the dispatcher as the listener container would, at the next offset. */
    private ConsumerRecord<String, String> deliver(String topic, EventEnvelope<?> event) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, offset++, KEY, codec.write(event));
        dispatcher.dispatch(record);
        return record;
    }

    private static EventEnvelope<BudgetChanged> budget(String projectId, String district, String street, String yuan) {
        return EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, street, JANUARY, new BudgetChanged(projectId, district,
                street, Yuan.parse(yuan), List.of(), Yuan.parse(yuan), List.of(), List.of(), 1));
    }

    private static EventEnvelope<ExpenditureRecorded> spending(EventType<ExpenditureRecorded> version,
                                                               String projectId, String yuan, Long revision) {
        return EventEnvelope.of(version, "jinchen", JANUARY, new ExpenditureRecorded(projectId, "panlong", "jinchen",
                UUID.randomUUID().toString(), 1, Yuan.parse(yuan),
                new ExpenditureRecorded.LedgerTotals(Yuan.parse(yuan), List.of(), List.of()), revision));
    }

    private static EvaluationSnapshot finalized(String evaluationId, String projectId, String street) {
        return new EvaluationSnapshot(evaluationId, projectId, "panlong", street, "IN-005", "专项资金", 2023, 1,
                "FINALIZED", null, "未评分", List.of(), null, "panlong-overseer", 7);
    }

    private static KafkaTemplate<String, String> template(EmbeddedKafkaBroker broker) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }
}
