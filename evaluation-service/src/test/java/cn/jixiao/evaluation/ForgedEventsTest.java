package cn.jixiao.evaluation;

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
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.messaging.inbox.DeadLetters;
import cn.jixiao.messaging.inbox.RefusedEvents;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * evaluation-service's consumers (the project feed, and in the demo the self-grading that follows the scores)
 * apply an event only from the street its project belongs to. 拓东街道 forges events for 金辰街道's project: the
 * self-evaluation stays as it was, and every forgery is on the dead-letter topic with the reason and in the
 * security log. With the demo profile, so the self-grading consumer runs too.
 */
@ServiceTest
@ActiveProfiles("demo")
class ForgedEventsTest {

    private static final String DISTRICT = "panlong";
    private static final String OWNER = "jinchen";
    private static final String FORGER = "tuodong";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    private final EventCodec codec = new EventCodec();
    private RefusedEvents refused;
    private ProjectRegistered project;
    private SelfEvaluation before;

    @BeforeEach
    void jinchensProjectHasItsDraft() throws Exception {
        refused = RefusedEvents.watch(broker.getBrokersAsString());
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered(DISTRICT, OWNER,
                "FORGED-" + UUID.randomUUID());
        project = registered.payload();
        new ProjectEventsFixture(kafka).publish(registered);
        before = await().atMost(Duration.ofSeconds(60)).until(this::evaluation, evaluation -> evaluation != null
                && evaluation.year() == 2023);
    }

    @AfterEach
    void close() {
        refused.close();
    }

    @Test
    void anotherStreetsBudgetForTheProjectIsRefusedAndTheSelfEvaluationStaysAsItWas() throws Exception {
        EventEnvelope<BudgetChanged> forged = EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, FORGER, Instant.now(),
                new BudgetChanged(project.projectId(), DISTRICT, FORGER, Yuan.parse("1.00"), List.of(),
                        Yuan.parse("1.00"), List.of(), List.of(), 99));

        send(Topics.PROJECT_EVENTS, forged);

        var letter = refused.deadLetterOf(forged.eventId(), "evaluation-service");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON_CODE)).isEqualTo("aggregate-of-another-tenant");
        assertThat(RefusedEvents.header(letter, DeadLetters.REASON)).contains("project:" + project.projectId());
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("consumer=evaluation-service", "claimedTenant=" + FORGER, "boundTenant=" + OWNER);
        assertUnchanged();
    }

    @Test
    void actualsWhosePayloadNamesTheProjectsStreetButWhoseEnvelopeAnotherAreRefused() throws Exception {
        EventEnvelope<ActualsReported> forged = EventEnvelope.of(ProjectEvents.ACTUALS_REPORTED, FORGER, Instant.now(),
                new ActualsReported(project.projectId(), DISTRICT, OWNER, List.of(), 99));

        send(Topics.PROJECT_EVENTS, forged);

        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), "evaluation-service"),
                DeadLetters.REASON_CODE)).isEqualTo("payload-tenant-mismatch");
        assertThat(refused.securityLinesOf(forged.eventId())).hasSize(1);
        assertUnchanged();
    }

    @Test
    void aForgedScoreOfTheProjectIsRefusedByTheDemoSelfGrading() throws Exception {
        EventEnvelope<EvaluationSnapshot> forged = EventEnvelope.of(EvaluationEvents.EVALUATION_SCORED, FORGER,
                Instant.now(), new EvaluationSnapshot(before.id(), project.projectId(), DISTRICT, FORGER,
                        project.code(), project.name(), 2023, 1, "DRAFT", null, "未评分", List.of(), null, null, 99));

        send(Topics.EVALUATION_EVENTS, forged);

        assertThat(RefusedEvents.header(refused.deadLetterOf(forged.eventId(), "evaluation-service-demo-grades"),
                DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.EVALUATION_EVENTS);
        assertThat(refused.securityLinesOf(forged.eventId())).singleElement().asString()
                .contains("type=EvaluationScored", "aggregate=project:" + project.projectId());
        assertUnchanged();
    }

    private void assertUnchanged() {
        SelfEvaluation after = evaluation();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.latestInputs()).isEqualTo(before.latestInputs());
        assertThat(after.tenantId()).isEqualTo(OWNER);
    }

    private SelfEvaluation evaluation() {
        List<SelfEvaluation> rounds = web.mutateWith(Tokens.overseer(DISTRICT)).get()
                .uri("/api/evaluations?projectId={id}", project.projectId()).exchange().expectStatus().isOk()
                .expectBodyList(SelfEvaluation.class).returnResult().getResponseBody();
        return rounds.isEmpty() ? null : rounds.get(0);
    }

    private void send(String topic, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, project.projectId(), codec.write(event))).get(10, TimeUnit.SECONDS);
    }
}
