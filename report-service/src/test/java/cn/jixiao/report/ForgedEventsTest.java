package cn.jixiao.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.RefusedEvents;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * report-service's three consumers (the project facts, the evaluation snapshots, the renders of finalized
 * evaluations) apply an event only from the street its project belongs to. 拓东街道 forges events for 金辰街道's
 * project: its facts, its evaluation and its archives stay as they were, and every forgery is on the dead-letter
 * topic with the reason and in the security log.
 */
@ServiceTest
class ForgedEventsTest {

    private static final String FORGER = DemoTenants.TUODONG;

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ReadModel model;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final JinchenEvents jinchen = new JinchenEvents();
    private final EventCodec codec = new EventCodec();
    private RefusedEvents refused;
    private ProjectFacts before;

    @BeforeEach
    void jinchensProjectIsKnown() throws Exception {
        refused = RefusedEvents.watch(broker.getBrokersAsString());
        jinchen.publishProject(kafka);
        before = await().atMost(Duration.ofSeconds(60)).until(() -> model.projectUnchecked(jinchen.projectId()).block(),
                facts -> facts != null && facts.listedEvidence().size() == JinchenEvents.EVIDENCE.size());
    }

    @AfterEach
    void close() {
        refused.close();
    }

    @Test
    void anotherStreetsEventForTheProjectChangesNoneOfItsFacts() throws Exception {
        ProjectUpdated renamed = new ProjectUpdated(jinchen.projectId(), JinchenEvents.DISTRICT, FORGER,
                JinchenEvents.CODE, "拓东街道篡改的项目", 2023, "拓东街道办事处", "拓东街道办事处", "专项资金", List.of(),
                null, null, "", "", List.of(), "ACTIVE", 99);
        EventEnvelope<ProjectUpdated> forged = EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, FORGER, Instant.now(),
                renamed);

        send(Topics.PROJECT_EVENTS, forged);

        var letter = refused.deadLetterOf(forged.eventId(), "report-service");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("aggregate-of-another-tenant");
        assertThat(RefusedEvents.header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.PROJECT_EVENTS);
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("claimedTenant=" + FORGER, "boundTenant=" + JinchenEvents.STREET);
        assertThat(model.projectUnchecked(jinchen.projectId()).block()).isEqualTo(before);
    }

    @Test
    void anEventWhosePayloadNamesTheProjectsStreetButWhoseEnvelopeAnotherChangesNothing() throws Exception {
        BudgetChanged halved = new BudgetChanged(jinchen.projectId(), JinchenEvents.DISTRICT, JinchenEvents.STREET,
                Yuan.parse("1.00"), List.of(), Yuan.parse("1.00"), List.of(), List.of(), 99);
        EventEnvelope<BudgetChanged> forged = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, FORGER, Instant.now(),
                halved);

        send(Topics.PROJECT_EVENTS, forged);

        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), "report-service"),
                DeadLetters.REASON_CODE)).isEqualTo("payload-tenant-mismatch");
        assertThat(refused.securityLinesOf(forged.eventId())).hasSize(1);
        assertThat(model.projectUnchecked(jinchen.projectId()).block()).isEqualTo(before);
    }

    @Test
    void aForgedFinalizationRendersNoArchiveAndRecordsNoEvaluation() throws Exception {
        EvaluationSnapshot jinchens = jinchen.snapshot("FINALIZED", 7);
        EvaluationSnapshot forgedSnapshot = new EvaluationSnapshot(UUID.randomUUID().toString(), jinchens.projectId(),
                jinchens.districtId(), FORGER, jinchens.projectCode(), jinchens.projectName(), jinchens.year(), 1,
                "FINALIZED", jinchens.score(), null, List.of(), null, "tuodong-editor", 7);
        EventEnvelope<EvaluationSnapshot> forged = EventEnvelope.of(EvaluationEvents.EVALUATION_FINALIZED, FORGER,
                Instant.now(), forgedSnapshot);

        send(Topics.EVALUATION_EVENTS, forged);

        for (String consumer : List.of("report-service", "report-service-renders")) {
            assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), consumer), DeadLetters.REASON))
                    .contains("project:" + jinchen.projectId());
        }
        assertThat(refused.securityLinesOf(forged.eventId())).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("type=EvaluationFinalized"));
        // under any street: the read model's own lookups would not show one recorded under the forger's
        assertThat(mongo.find(Query.query(Criteria.where("projectId").is(jinchen.projectId())), EvaluationRecord.class)
                .collectList().block()).isEmpty();
        for (var reader : List.of(Tokens.streetEditor(JinchenEvents.DISTRICT, FORGER),
                Tokens.streetEditor(JinchenEvents.DISTRICT, JinchenEvents.STREET))) {
            web.mutateWith(reader).get().uri("/api/reports/{id}/archives", jinchen.projectId()).exchange()
                    .expectStatus().isOk().expectBody().json("[]");
        }
    }

    private void send(String topic, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, jinchen.projectId(), codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
