package cn.jixiao.evaluation.selfevaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ProjectFeedTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    SelfEvaluations stored;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aRegisteredProjectGetsADraftSelfEvaluationVisibleToItsStreetAndDistrict() throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "EV-001");
        new ProjectEventsFixture(kafka).publish(registered);

        SelfEvaluationView draft = awaitEvaluationsOf(registered, Tokens.streetEditor("panlong", "jinchen"), 1).get(0);
        assertThat(draft.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(draft.round()).isEqualTo(1);
        assertThat(draft.tenantId()).isEqualTo("jinchen");
        assertThat(draft.projectName()).isEqualTo("创建全省民族团结进步示范街道专项资金");

        web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/evaluations/{id}", draft.id())
                .exchange().expectStatus().isOk();
        web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).get().uri("/api/evaluations/{id}", draft.id())
                .exchange().expectStatus().isNotFound();
        assertThat(evaluationsOf(registered, Tokens.streetEditor("panlong", "tuodong"))).isEmpty();
    }

    @Test
    void aRedeliveredEventOpensNoSecondEvaluation() throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "tuodong", "EV-002");
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(registered);
        events.publish(registered);
        EventEnvelope<ProjectRegistered> marker = ProjectEventsFixture.registered("panlong", "tuodong", "EV-003");
        events.publish(marker);

        // once the later event is applied, both copies of the first have been consumed
        awaitEvaluationsOf(marker, Tokens.streetEditor("panlong", "tuodong"), 1);
        assertThat(evaluationsOf(registered, Tokens.streetEditor("panlong", "tuodong"))).hasSize(1);
    }

    @Test
    void aBudgetThatArrivesBeforeTheRegistrationOpensTheDraftAndTheRegistrationCompletesIt() throws Exception {
        // project-service relays each aggregate's outbox on its own, so this order happens
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "EV-004");
        String projectId = registered.payload().projectId();
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(projectId, EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", registered.occurredAt(),
                new BudgetChanged(projectId, "panlong", "jinchen", Yuan.parse("100000.00"), List.of(),
                        Yuan.parse("100000.00"), List.of(), List.of(), 0)));
        awaitEvaluationsOf(registered, Tokens.streetEditor("panlong", "jinchen"), 1);

        events.publish(registered);

        SelfEvaluationView draft = await().atMost(Duration.ofSeconds(15))
                .until(() -> evaluationsOf(registered, Tokens.streetEditor("panlong", "jinchen")).get(0),
                        evaluation -> evaluation.year() == 2023);
        assertThat(draft.projectCode()).isEqualTo("EV-004");
        assertThat(stored.latestOf(projectId, "panlong", "jinchen", registered.occurredAt()).block().inputs()
                .fullYearBudget()).as("the budget that came first is kept").isEqualTo(Yuan.parse("100000.00"));
        assertThat(announcedCodesOf(projectId, "EV-004"))
                .as("scored first without a code, the draft is announced again once the registration names it")
                .contains("EV-004");
    }

    /** The project codes the evaluation events of a project carried, until one carries {@code awaited}. */
    private List<String> announcedCodesOf(String projectId, String awaited) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", StringDeserializer.class);
        EventCodec codec = new EventCodec();
        List<String> codes = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.EVALUATION_EVENTS);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!codes.contains(awaited) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (projectId.equals(record.key())) {
                        codes.add(codec.read(record.value()).payload().path("projectCode").asText(""));
                    }
                }
            }
        }
        return codes;
    }

    @Test
    void aLedgerTotalOfAnEarlierRevisionArrivingLateChangesNothingAndFirstVersionTotalsAreStillRead() throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "EV-005");
        String projectId = registered.payload().projectId();
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(registered);
        Instant at = registered.occurredAt();

        events.publish(projectId, EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED_V1, "jinchen", at.plusSeconds(1),
                ledger(projectId, "100.00", null)));
        awaitExecuted(projectId, at, "100.00");
        events.publish(projectId, EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED, "jinchen", at.plusSeconds(2),
                ledger(projectId, "300.00", 3L)));
        awaitExecuted(projectId, at, "300.00");
        events.publish(projectId, EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED, "jinchen", at.plusSeconds(3),
                ledger(projectId, "200.00", 2L)));
        // events of one project are read in order: once this budget counts, the late total has been read
        events.publish(projectId, EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", at.plusSeconds(4),
                new BudgetChanged(projectId, "panlong", "jinchen", Yuan.parse("1000.00"), List.of(),
                        Yuan.parse("1000.00"), List.of(), List.of(), 0)));
        await().atMost(Duration.ofSeconds(15)).until(() -> inputsOf(projectId, at).fullYearBudget() != null);

        assertThat(inputsOf(projectId, at).executed()).isEqualTo(Yuan.parse("300.00"));
        assertThat(inputsOf(projectId, at).ledgerRevision()).isEqualTo(3L);
    }

    private void awaitExecuted(String projectId, Instant at, String executed) {
        await().atMost(Duration.ofSeconds(15)).until(() -> Yuan.parse(executed).equals(inputsOf(projectId, at).executed()));
    }

    private ScoringInputs inputsOf(String projectId, Instant at) {
        return stored.latestOf(projectId, "panlong", "jinchen", at).block().latestInputs();
    }

    private static ExpenditureRecorded ledger(String projectId, String executed, Long revision) {
        return new ExpenditureRecorded(projectId, "panlong", "jinchen", "batch-" + executed, 1, Yuan.parse(executed),
                new ExpenditureRecorded.LedgerTotals(Yuan.parse(executed), List.of(), List.of()), revision);
    }

    private List<SelfEvaluationView> awaitEvaluationsOf(EventEnvelope<ProjectRegistered> event,
                                                    org.springframework.test.web.reactive.server.WebTestClientConfigurer user,
                                                    int expected) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> evaluationsOf(event, user), list -> list.size() == expected);
    }

    private List<SelfEvaluationView> evaluationsOf(EventEnvelope<ProjectRegistered> event,
                                               org.springframework.test.web.reactive.server.WebTestClientConfigurer user) {
        return web.mutateWith(user).get().uri("/api/evaluations?projectId={id}", event.payload().projectId())
                .exchange().expectStatus().isOk()
                .expectBodyList(SelfEvaluationView.class).returnResult().getResponseBody();
    }
}
