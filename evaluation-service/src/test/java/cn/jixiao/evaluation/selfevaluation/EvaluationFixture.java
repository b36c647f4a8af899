package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 拓东 project as project-service publishes it, for the workflow's service tests: 100.00 万元 budgeted, 85.00
 * 万元 spent (85%, so the rate needs an explanation), 180 of 200 trees (36 of 40, with its deviation note), two
 * 定性 indicators for the street to grade, the rest met. Graded as the street would (按时完成 达成 10, 人居环境
 * 部分达成 7) and with the rate explained, it scores 8.50 + 36 + 10 + 7 + 20 + 10 = 91.50, 优.
 */
final class EvaluationFixture {

    static final WebTestClientConfigurer EDITOR = Tokens.streetEditor("panlong", "tuodong");
    static final WebTestClientConfigurer APPROVER = Tokens.user("panlong-tuodong-approver", "/panlong/tuodong", "street-approver");
    static final WebTestClientConfigurer OVERSEER = Tokens.overseer("panlong");
    static final WebTestClientConfigurer AUDITOR = Tokens.auditor("panlong");
    static final WebTestClientConfigurer OTHER_STREET = Tokens.streetEditor("panlong", "jinchen");
    static final WebTestClientConfigurer OTHER_DISTRICT = Tokens.overseer("xishan");
    static final String EXPLANATION = "受雨季影响，两个小区的绿化补植顺延至次年春季，相应工程尾款未在年内支付。";

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final WebTestClient web;
    private final ProjectEventsFixture events;
    private final EmbeddedKafkaBroker broker;
    final ProjectRegistered project;

    EvaluationFixture(WebTestClient web, KafkaTemplate<String, String> kafka, EmbeddedKafkaBroker broker, String code)
            throws Exception {
        this.web = web;
        this.broker = broker;
        this.events = new ProjectEventsFixture(kafka);
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "tuodong", code);
        this.project = registered.payload();
        events.publish(registered);
        publish(ProjectEvents.BUDGET_CHANGED, JANUARY.plusSeconds(60), new BudgetChanged(project.projectId(),
                "panlong", "tuodong", yuan("1000000.00"), List.of(), yuan("1000000.00"), List.of(), List.of(), 1));
        spent("850000.00", Instant.parse("2023-12-20T02:00:00Z"));
        publish(ProjectEvents.INDICATORS_DEFINED, JANUARY.plusSeconds(120), new IndicatorsDefined(project.projectId(),
                "panlong", "tuodong", "national-default", 1, indicators(), 1));
        actuals("180", 1);
    }

    void spent(String executed, Instant at) throws Exception {
        publish(ProjectEvents.EXPENDITURE_RECORDED, at, new ExpenditureRecorded(project.projectId(), "panlong",
                "tuodong", "ledger-2023", 12, yuan(executed),
                new ExpenditureRecorded.LedgerTotals(yuan(executed), List.of(), List.of())));
    }

    void actuals(String trees, long revision) throws Exception {
        publish(ProjectEvents.ACTUALS_REPORTED, JANUARY.plusSeconds(300 + revision), new ActualsReported(
                project.projectId(), "panlong", "tuodong", List.of(
                new Actual("td-trees", trees + "株", new BigDecimal(trees), "两个小区补植因雨季顺延至次年春季"),
                new Actual("td-on-time", "按时完成", null, null),
                new Actual("td-environment", "人居环境有所改善", null, "部分小区补植未完成，次年春季补齐"),
                new Actual("td-participation", "1200人次", new BigDecimal("1200"), null),
                new Actual("td-satisfaction", "92%", new BigDecimal("92"), null)), revision));
    }

    /** The draft, once its score includes the indicators and actuals. */
    SelfEvaluationView awaitScoredDraft() {
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(EDITOR).get()
                        .uri("/api/evaluations?projectId={id}", project.projectId())
                        .exchange().expectStatus().isOk()
                        .expectBodyList(SelfEvaluationView.class).returnResult().getResponseBody(),
                list -> list.size() == 1).get(0).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> score(id).total(),
                total -> total != null && total.compareTo(new BigDecimal("74.50")) == 0);
        return get(EDITOR, id);
    }

    SelfEvaluationView get(WebTestClientConfigurer user, String id) {
        return web.mutateWith(user).get().uri("/api/evaluations/{id}", id).exchange().expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
    }

    ScoreView score(String id) {
        return web.mutateWith(EDITOR).get().uri("/api/evaluations/{id}/score", id).exchange().expectStatus().isOk()
                .expectBody(ScoreView.class).returnResult().getResponseBody();
    }

    /** The street's usual self-assessment: both 定性 indicators graded, the low rate explained. */
    static AssessSelf streetsAssessment(long version) {
        return new AssessSelf(version, List.of(
                new IndicatorAssessment("td-on-time", QualitativeGrade.ACHIEVED.name(), new BigDecimal("10"), false, null),
                new IndicatorAssessment("td-environment", QualitativeGrade.PARTLY_ACHIEVED.name(), new BigDecimal("7"), false, null)),
                EXPLANATION);
    }

    WebTestClient.ResponseSpec assess(WebTestClientConfigurer user, String id, AssessSelf request) {
        return web.mutateWith(user).put().uri("/api/evaluations/{id}/self-assessment", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    WebTestClient.ResponseSpec step(WebTestClientConfigurer user, String id, String step, long version, String comment) {
        return web.mutateWith(user).post().uri("/api/evaluations/{id}/{step}", id, step)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new TakeStep(version, comment)).exchange();
    }

    WebTestClient.ResponseSpec reviewScore(WebTestClientConfigurer user, String id, SetReviewScore request) {
        return web.mutateWith(user).put().uri("/api/evaluations/{id}/review-scores", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    /** Takes a step that must succeed and returns the evaluation after it. */
    SelfEvaluationView took(WebTestClientConfigurer user, String id, String step, long version, String comment) {
        return step(user, id, step, version, comment).expectStatus().is2xxSuccessful()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
    }

    /** Graded, explained and submitted by the street, taken under review by the district. */
    SelfEvaluationView underReview() {
        SelfEvaluationView draft = awaitScoredDraft();
        SelfEvaluationView assessed = assess(EDITOR, draft.id(), streetsAssessment(draft.version())).expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        SelfEvaluationView submitted = took(APPROVER, draft.id(), "submit", assessed.version(), null);
        return took(OVERSEER, draft.id(), "start-review", submitted.version(), null);
    }

    /**
     * The evaluation events published about this project, in order, up to the first one that {@code last}
     * matches (reading the topic from its beginning).
     */
    List<EventEnvelope<EvaluationSnapshot>> eventsUntil(Predicate<EventEnvelope<EvaluationSnapshot>> last) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", StringDeserializer.class);
        EventCodec codec = new EventCodec();
        List<EventEnvelope<EvaluationSnapshot>> found = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.EVALUATION_EVENTS);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.stream().noneMatch(last) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (project.projectId().equals(record.key()) && found.stream().noneMatch(last)) {
                        var raw = codec.read(record.value());
                        found.add(codec.payloadAs(raw, typeNamed(raw.type())));
                    }
                }
            }
        }
        assertThat(found).as("evaluation events about project %s", project.projectId()).anyMatch(last);
        return found;
    }

    /** The event about this project at this revision of the evaluation. */
    EventEnvelope<EvaluationSnapshot> eventAt(String evaluationId, long revision) {
        List<EventEnvelope<EvaluationSnapshot>> events = eventsUntil(event -> isAt(event, evaluationId, revision));
        return events.get(events.size() - 1);
    }

    private static boolean isAt(EventEnvelope<EvaluationSnapshot> event, String evaluationId, long revision) {
        return event.payload().evaluationId().equals(evaluationId) && event.payload().revision() == revision;
    }

    private static EventType<EvaluationSnapshot> typeNamed(String name) {
        return new EventType<>(name, 1, EvaluationSnapshot.class);
    }

    private static List<Indicator> indicators() {
        return List.of(
                measured(IndicatorDimension.QUANTITY, "td-trees", "补植乔木数量", "200", "株", "40"),
                qualitative(IndicatorDimension.TIMELINESS, "td-on-time", "绿化提升工程按计划完工", "按时完成"),
                measured(IndicatorDimension.SOCIAL_BENEFIT, "td-participation", "居民参与环境整治人次", "1000", "人次", "20"),
                qualitative(IndicatorDimension.ECOLOGICAL_BENEFIT, "td-environment", "社区人居环境", "明显改善"),
                measured(IndicatorDimension.BENEFICIARY_SATISFACTION, "td-satisfaction", "居民满意度", "90", "%", "10"));
    }

    private static Indicator measured(IndicatorDimension dimension, String id, String name, String target, String unit,
                                      String weight) {
        return new Indicator(id, dimension, name, new Target("≥" + target + unit, "GE", new BigDecimal(target), null, unit),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), "街道台账");
    }

    private static Indicator qualitative(IndicatorDimension dimension, String id, String name, String target) {
        return new Indicator(id, dimension, name, new Target(target, null, null, null, null), IndicatorDirection.QUALITATIVE,
                BigDecimal.TEN, "街道台账");
    }

    private <P> void publish(EventType<P> type, Instant at, P payload) throws Exception {
        events.publish(project.projectId(), EventEnvelope.of(type, "tuodong", at, payload));
    }

    private static Yuan yuan(String amount) {
        return Yuan.parse(amount);
    }
}
