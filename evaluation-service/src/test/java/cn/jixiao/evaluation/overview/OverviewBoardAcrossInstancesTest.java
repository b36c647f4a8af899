package cn.jixiao.evaluation.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.overview.OverviewProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of evaluation-service share one store and one consumer group, so an evaluation the other instance
 * writes reaches this one's board only through the event the other publishes for it. The other instance is played
 * here by writing its document into the store directly (as its save does) and publishing the event its outbox relay
 * would: until the event arrives this board does not show it, which also shows that the overview and its summary
 * are answered from the board and not from a scan of the store.
 */
@ServiceTest
class OverviewBoardAcrossInstancesTest {

    private static final String DISTRICT = "two-instances";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    OverviewBoard board;

    @Autowired
    OverviewBoardFeed feed;

    private Document written;

    /** One project scored through this instance, so the district-year is on the board, and the feed has joined. */
    @BeforeEach
    void aDistrictYearOnTheBoard() throws Exception {
        if (written != null) {
            return;
        }
        OverviewProjects projects = new OverviewProjects(new ProjectEventsFixture(kafka));
        String projectId = projects.scored(DISTRICT, "jinchen", "A-001", "1000000.00", "90", month(12, "800000.00"));
        Query fed = Query.query(Criteria.where("projectId").is(projectId).and("selfScore.card").exists(true));
        written = await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findOne(fed, Document.class, SelfEvaluation.COLLECTION).block(), found -> found != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> feed.joined() && summary(Tokens.overseer(DISTRICT)).projects() >= 1);
    }

    @Test
    void theBoardsAreLoadedAtStart() {
        assertThat(board.ready()).isTrue();
        assertThat(board.held().districtYears()).isPositive();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        // what the store holds is what a start reads: a document written behind the board's back is there after it
        Document behindItsBack = copy("start", "jinchen", "A-START");
        mongo.insert(behindItsBack, SelfEvaluation.COLLECTION).block();
        assertThat(codes()).doesNotContain("A-START");
        board.reload().block();
        assertThat(codes()).contains("A-START");
    }

    @Test
    void anEvaluationWrittenOnAnotherInstanceAppearsOnThisOnesBoard() throws Exception {
        Document otherInstances = copy("other", "tuodong", "B-001");
        mongo.insert(otherInstances, SelfEvaluation.COLLECTION).block();
        long before = summary(Tokens.overseer(DISTRICT)).projects();
        assertThat(codes()).doesNotContain("B-001");

        publishScored(otherInstances, 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> codes().contains("B-001"));
        assertThat(summary(Tokens.overseer(DISTRICT)).projects()).isEqualTo(before + 1);

        // the other instance renames it (version 1); the older event, redelivered after it, changes nothing
        mongo.updateFirst(Query.query(Criteria.where("_id").is(otherInstances.get("_id"))),
                new org.springframework.data.mongodb.core.query.Update().set("projectName", "改名后").set("version", 1L),
                SelfEvaluation.COLLECTION).block();
        publishScored(otherInstances, 1);
        publishScored(otherInstances, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> "改名后".equals(name("B-001")));
    }

    @Test
    void theSummaryComesFromTheBoardUnderTheSameTenantRule() throws Exception {
        Document otherStreet = copy("summary", "panlong-other", "C-001");
        publishAfterInsert(otherStreet);
        await().atMost(Duration.ofSeconds(30)).until(() -> codes().contains("C-001"));

        DistrictOverview overview = overview(Tokens.overseer(DISTRICT));
        assertThat(summary(Tokens.overseer(DISTRICT))).isEqualTo(overview.summary());
        // a street sees only itself, in the summary as in the table
        OverviewSummary jinchen = summary(Tokens.streetEditor(DISTRICT, "jinchen"));
        assertThat(jinchen).isEqualTo(overview(Tokens.streetEditor(DISTRICT, "jinchen")).summary());
        assertThat(jinchen.projects()).isLessThan(overview.summary().projects());
        assertThat(summary(Tokens.streetEditor(DISTRICT, "panlong-other")).projects()).isEqualTo(1);
        // another district's overseer sees nothing of this one
        assertThat(web.mutateWith(Tokens.overseer("elsewhere")).get()
                .uri("/api/evaluations/overview/summary?year=2023&districtId=" + DISTRICT).exchange().expectStatus().isOk()
                .expectBody(DistrictSummary.class).returnResult().getResponseBody().summary().projects()).isZero();
    }

    private void publishAfterInsert(Document document) throws Exception {
        mongo.insert(document, SelfEvaluation.COLLECTION).block();
        publishScored(document, 0);
    }

    /** The event the other instance's outbox relay publishes after its save, keyed by project as it keys it. */
    private void publishScored(Document evaluation, long revision) throws Exception {
        EvaluationSnapshot snapshot = new EvaluationSnapshot(evaluation.getString("_id"), evaluation.getString("projectId"),
                DISTRICT, evaluation.getString("tenantId"), evaluation.getString("projectCode"),
                evaluation.getString("projectName"), 2023, 1, "DRAFT", null, "（测试）", null, null, null, revision);
        EventEnvelope<EvaluationSnapshot> event = EventEnvelope.of(EvaluationEvents.EVALUATION_SCORED,
                evaluation.getString("tenantId"), Instant.now(), snapshot);
        kafka.send(new ProducerRecord<>(Topics.EVALUATION_EVENTS, evaluation.getString("projectId"),
                new EventCodec().write(event))).get(10, TimeUnit.SECONDS);
    }

    /** The scored evaluation as stored, as another of the district's projects. */
    private Document copy(String id, String street, String code) {
        Document copy = new Document(written);
        copy.put("_id", "evaluation-" + id);
        copy.put("projectId", "project-" + id);
        copy.put("tenantId", street);
        copy.put("projectCode", code);
        copy.put("version", 0L);
        copy.remove("outbox");
        return copy;
    }

    private java.util.List<String> codes() {
        return overview(Tokens.overseer(DISTRICT)).rows().stream().map(OverviewRow::projectCode).toList();
    }

    private String name(String code) {
        return overview(Tokens.overseer(DISTRICT)).rows().stream().filter(row -> code.equals(row.projectCode()))
                .map(OverviewRow::projectName).findFirst().orElse(null);
    }

    private DistrictOverview overview(WebTestClientConfigurer caller) {
        return web.mutateWith(caller).get().uri("/api/evaluations/overview?year=2023&sort=projectCode&size=500")
                .exchange().expectStatus().isOk()
                .expectBody(DistrictOverview.class).returnResult().getResponseBody();
    }

    private OverviewSummary summary(WebTestClientConfigurer caller) {
        return web.mutateWith(caller).get().uri("/api/evaluations/overview/summary?year=2023")
                .exchange().expectStatus().isOk()
                .expectBody(DistrictSummary.class).returnResult().getResponseBody().summary();
    }
}
