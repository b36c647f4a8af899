package cn.jixiao.project.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.inbox.EventDispatcher;
import cn.jixiao.messaging.inbox.Inbox;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform administrator's dead-letter desk on project-service, end to end in one process: a consumer whose
 * store is away retries a budget three times and dead-letters it, going on with the next; the desk lists the
 * letter and shows its record to the platform administrator only; after the fix a replay applies it, once.
 *
 * <p>The consumer is this test's own ({@link BrokenBudgets}), wired as every service's: its dispatcher in a
 * {@code @KafkaListener} of Boot's container factory, which messaging gives its error handler.
 */
@ServiceTest
@Import(DeadLetterDeskWebTest.BrokenBudgets.class)
@TestPropertySource(properties = {
        "jixiao.kafka.retry.attempts=3", "jixiao.kafka.retry.initial-interval=50ms",
        "jixiao.kafka.retry.max-interval=200ms"})
class DeadLetterDeskWebTest {

    static final String REALM = Tokens.REALM_ISSUER_BASE + DemoTenants.NAMESPACE;
    static final WebTestClientConfigurer PLATFORM_ADMIN =
            Tokens.issuedBy(REALM, "platform-admin", null, "platform-admin");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    BrokenBudgets consumer;

    private final EventCodec codec = new EventCodec();

    @Test
    void aBudgetItsConsumerCannotStoreReachesTheDeskAfterItsRetriesAndIsAppliedOnceWhenReplayedAfterTheFix()
            throws Exception {
        EventEnvelope<BudgetChanged> stuck = budget("500.00");
        EventEnvelope<BudgetChanged> next = budget("600.00");
        String stuckProject = stuck.payload().projectId();
        consumer.broken.add(stuckProject);
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(stuckProject, stuck);
        events.publish(next.payload().projectId(), next);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.applied.contains(next.payload().projectId()));
        Map<String, Object> letter = awaitLetterOf(stuck);
        assertThat(consumer.attemptsOf(stuckProject)).as("the bound").isEqualTo(3);
        assertThat(letter).containsEntry("consumer", BrokenBudgets.CONSUMER)
                .containsEntry("originalTopic", Topics.PROJECT_EVENTS)
                .containsEntry("eventType", "BudgetChanged v1")
                .containsEntry("aggregateId", stuckProject)
                .containsEntry("reasonCode", "apply-failed")
                .containsEntry("reason", "applying the event failed 3 times: DataAccessResourceFailureException:"
                        + " the read model's store is away")
                .doesNotContainEntry("replayedBy", "platform-admin");
        assertThat(letter.get("replayedBy")).isNull();
        assertThat((String) letter.get("reasonZh")).contains("连续失败 3 次");
        String id = (String) letter.get("id");
        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/dead-letters/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.value").isEqualTo(codec.write(stuck));

        consumer.broken.remove(stuckProject);
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/dead-letters/{id}/replay", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replays[0].by").isEqualTo("platform-admin")
                .jsonPath("$.replays[0].topic").isEqualTo(Topics.PROJECT_EVENTS);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.applied.contains(stuckProject));
        assertThat(consumer.applied).filteredOn(stuckProject::equals).hasSize(1);
        assertThat(consumer.attemptsOf(stuckProject)).isEqualTo(4);
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/dead-letters/{id}/replay", id).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("dead-letter-replayed")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已由 platform-admin"));
        assertThat(letterOf(stuck)).containsEntry("replayedBy", "platform-admin");
    }

    @Test
    void onlyThePlatformAdministratorOfThisRealmSeesOrReplaysDeadLetters() {
        for (WebTestClientConfigurer notPlatform : List.of(
                Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN),
                Tokens.overseer(DemoTenants.PANLONG),
                Tokens.issuedBy(REALM, "panlong-admin", "/panlong", "district-admin"),
                Tokens.issuedBy(Tokens.REALM_ISSUER_BASE + "other", "platform-admin", null, "platform-admin"))) {
            web.mutateWith(notPlatform).get().uri("/api/dead-letters").exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("只有平台管理员可以查看和重放死信")
                            .contains("Only the platform administrator may see and replay dead letters"));
            web.mutateWith(notPlatform).get().uri("/api/dead-letters/0-0").exchange().expectStatus().isForbidden();
            web.mutateWith(notPlatform).post().uri("/api/dead-letters/0-0/replay").exchange()
                    .expectStatus().isForbidden();
            web.mutateWith(notPlatform).post().uri("/api/dead-letters/consumers/{consumer}/replay",
                    BrokenBudgets.CONSUMER).exchange().expectStatus().isForbidden();
        }
        web.get().uri("/api/dead-letters").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anUnknownLetterIsNotFoundAndABadPageIsRefused() {
        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/dead-letters/9-999999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("死信"));
        web.mutateWith(PLATFORM_ADMIN).post().uri("/api/dead-letters/9-999999/replay").exchange()
                .expectStatus().isNotFound();
        web.mutateWith(PLATFORM_ADMIN).get().uri("/api/dead-letters?size=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("bad-page");
    }

    private Map<String, Object> awaitLetterOf(EventEnvelope<?> event) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> letterOf(event), letter -> letter != null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> letterOf(EventEnvelope<?> event) {
        Map<String, Object> page = web.mutateWith(PLATFORM_ADMIN).get()
                .uri("/api/dead-letters?consumer={consumer}", BrokenBudgets.CONSUMER).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("letters")).stream()
                .filter(letter -> event.eventId().toString().equals(letter.get("eventId")))
                .findFirst().orElse(null);
    }

    private static EventEnvelope<BudgetChanged> budget(String yuan) {
        return EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, "jinchen", Instant.parse("2023-01-05T02:00:00Z"),
                new BudgetChanged(UUID.randomUUID().toString(), "panlong", "jinchen", Yuan.parse(yuan), List.of(),
                        Yuan.parse(yuan), List.of(), List.of(), 1));
    }

    /** A consumer of project-service's events whose store is away for the projects in {@link #broken}. */
    static class BrokenBudgets {

        static final String CONSUMER = "desk-test-consumer";

        final Set<String> broken = ConcurrentHashMap.newKeySet();
        final List<String> applied = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final EventDispatcher dispatcher;

        BrokenBudgets(Inbox inbox) {
            dispatcher = EventDispatcher.forConsumer(CONSUMER, inbox)
                    .on(ProjectEvents.BUDGET_CHANGED, event -> {
                        String projectId = event.payload().projectId();
                        attempts.computeIfAbsent(projectId, id -> new AtomicInteger()).incrementAndGet();
                        return broken.contains(projectId)
                                ? Mono.error(new DataAccessResourceFailureException("the read model's store is away"))
                                : Mono.fromRunnable(() -> applied.add(projectId));
                    })
                    .build();
        }

        int attemptsOf(String projectId) {
            AtomicInteger count = attempts.get(projectId);
            return count == null ? 0 : count.get();
        }

        @KafkaListener(topics = Topics.PROJECT_EVENTS, groupId = CONSUMER)
        void on(ConsumerRecord<String, String> record) {
            dispatcher.dispatch(record);
        }
    }
}
