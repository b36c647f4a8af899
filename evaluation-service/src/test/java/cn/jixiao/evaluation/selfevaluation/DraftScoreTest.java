package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
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
import cn.jixiao.evaluation.scoring.BlockingItem;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 金辰 2023 seed project, fed to evaluation-service as project-service publishes it: 200.00 万元 budgeted and
 * spent, one 数量 indicator short (9 of 10 activities), everything else met and the 定性 one graded 达成 at full
 * marks by the street → 98.00, 优.
 */
@ServiceTest
class DraftScoreTest {

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ProjectEventsFixture events;
    private ProjectRegistered project;
    private String evaluationId;

    @BeforeEach
    void aRegisteredJinchenProjectWithItsBudgetSpendingAndIndicators() throws Exception {
        events = new ProjectEventsFixture(kafka);
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "EV-SCORE");
        project = registered.payload();
        events.publish(registered);
        publish(ProjectEvents.BUDGET_CHANGED, JANUARY.plusSeconds(60), new BudgetChanged(project.projectId(),
                "panlong", "jinchen", yuan("2000000.00"), List.of(), yuan("2000000.00"), List.of(), List.of(), 1));
        publish(ProjectEvents.EXPENDITURE_RECORDED, Instant.parse("2023-12-20T02:00:00Z"), new ExpenditureRecorded(
                project.projectId(), "panlong", "jinchen", "ledger-2023", 30, yuan("2000000.00"),
                new ExpenditureRecorded.LedgerTotals(yuan("2000000.00"), List.of(), List.of())));
        publish(ProjectEvents.INDICATORS_DEFINED, JANUARY.plusSeconds(120), new IndicatorsDefined(project.projectId(),
                "panlong", "jinchen", "national-default", 1, jinchenIndicators(), 1));
    }

    @Test
    void theDraftIsScoredAutomaticallyAndRescoredWhenTheActualsChange() throws Exception {
        publishActuals("9", 1);
        evaluationId = awaitDraft();
        ScoreView ungraded = awaitScore("88.00");
        assertThat(ungraded.blockingItems()).extracting(BlockingItem::kind).contains(BlockingItem.Kind.QUALITATIVE_NOT_GRADED);
        gradeOnTimeAsAchieved();
        ScoreView shortOfOneActivity = awaitScore("98.00");
        assertThat(shortOfOneActivity.grade()).hasToString("优");
        assertThat(shortOfOneActivity.gradeLabel()).isEqualTo("优秀");
        assertThat(shortOfOneActivity.execution().score()).isEqualByComparingTo("10.00");
        assertThat(shortOfOneActivity.indicators()).filteredOn(line -> line.indicatorId().equals("jc-1"))
                .singleElement().satisfies(line -> assertThat(line.score()).isEqualByComparingTo("18.00"));
        assertThat(shortOfOneActivity.explanationLines()).last().asString().contains("98.00").contains("优秀");
        assertThat(shortOfOneActivity.blockingItems()).as("the shortfall has its deviation note").isEmpty();
        assertThat(web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                .uri("/api/evaluations/{id}", evaluationId).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("\"total\":98.00").contains("\"grade\":\"优\"");

        publishActuals("10", 3);
        awaitScore("100.00");

        publishActuals("9", 2);
        // a later marker event proves the older revision was consumed before we look again
        publish(ProjectEvents.BUDGET_CHANGED, JANUARY.plusSeconds(600), new BudgetChanged(project.projectId(),
                "panlong", "jinchen", yuan("2000000.00"), List.of(), yuan("2500000.00"), List.of(), List.of(), 2));
        ScoreView afterTheOlderActuals = await().atMost(Duration.ofSeconds(15))
                .until(this::score, view -> view.execution() != null
                        && view.execution().fullYearBudget().amount().compareTo(new BigDecimal("2500000.00")) == 0);
        assertThat(afterTheOlderActuals.indicators()).filteredOn(line -> line.indicatorId().equals("jc-1"))
                .singleElement().satisfies(line -> assertThat(line.score()).isEqualByComparingTo("20.00"));
    }

    @Test
    void theApiShowsTheEvaluationWithItsTotalsButNotItsInputsScoreCardOrOutbox() throws Exception {
        evaluationId = awaitDraft();
        await().atMost(Duration.ofSeconds(15)).until(this::score, view -> view.total() != null);

        Map<String, Object> shown = web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                .uri("/api/evaluations/{id}", evaluationId).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();

        assertThat(shown).containsOnlyKeys("id", "projectId", "round", "districtId", "tenantId", "projectCode",
                "projectName", "year", "status", "openedAt", "selfAssessment", "reviewScores", "reviewTotal",
                "reviewGrade", "history", "template", "version", "total", "grade", "projectDataChangedSinceScored",
                "scoredAt", "reflects");
        assertThat(shown).containsEntry("status", "DRAFT").containsEntry("round", 1)
                .containsEntry("projectDataChangedSinceScored", false);
    }

    @Test
    void anotherStreetCannotSeeTheScore() throws Exception {
        evaluationId = awaitDraft();
        web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).get().uri("/api/evaluations/{id}/score", evaluationId)
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/evaluations/{id}/score", evaluationId)
                .exchange().expectStatus().isOk();
    }

    @Test
    void withoutActualsTheScoreListsEachMissingActualInsteadOfFailing() throws Exception {
        evaluationId = awaitDraft();
        ScoreView unreported = await().atMost(Duration.ofSeconds(15)).until(this::score, view -> view.total() != null);
        assertThat(unreported.blockingItems()).filteredOn(item -> item.kind() == BlockingItem.Kind.ACTUAL_NOT_REPORTED)
                .hasSize(jinchenIndicators().size() - 1);
        assertThat(unreported.blockingItems()).filteredOn(item -> item.kind() == BlockingItem.Kind.QUALITATIVE_NOT_GRADED)
                .extracting(BlockingItem::indicatorId).containsExactly("jc-4");
    }

    /** The street grades its 定性 indicator 项目按时完成 at full marks, as the seed report does. */
    private void gradeOnTimeAsAchieved() {
        SelfEvaluationView draft = web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                .uri("/api/evaluations/{id}", evaluationId).exchange().expectStatus().isOk()
                .expectBody(SelfEvaluationView.class).returnResult().getResponseBody();
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).put()
                .uri("/api/evaluations/{id}/self-assessment", evaluationId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new AssessSelf(draft.version(), List.of(new IndicatorAssessment("jc-4",
                        QualitativeGrade.ACHIEVED.name(), new BigDecimal("10"), false, null)), null))
                .exchange().expectStatus().isOk();
    }

    private static List<Indicator> jinchenIndicators() {
        return List.of(
                indicator(IndicatorDimension.QUANTITY, "jc-1", "开展民族团结主题活动次数", atLeast("10", "次"), "20"),
                indicator(IndicatorDimension.QUANTITY, "jc-2", "建设文化主题公园个数", atLeast("3", "个"), "10"),
                indicator(IndicatorDimension.QUALITY, "jc-3", "示范街区建设验收合格率", atLeast("95", "%"), "10"),
                new Indicator("jc-4", IndicatorDimension.TIMELINESS, "项目按时完成",
                        new Target("2023年12月底前完成", null, null, null, null), IndicatorDirection.QUALITATIVE,
                        new BigDecimal("10"), "街道台账"),
                indicator(IndicatorDimension.SOCIAL_BENEFIT, "jc-6", "各族群众参与民族团结活动人次", atLeast("5000", "人次"), "30"),
                indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-8", "辖区居民满意度", atLeast("90", "%"), "10"));
    }

    private void publishActuals(String activities, long revision) throws Exception {
        publish(ProjectEvents.ACTUALS_REPORTED, JANUARY.plusSeconds(300 + revision), new ActualsReported(
                project.projectId(), "panlong", "jinchen", List.of(
                new Actual("jc-1", activities + "次", new BigDecimal(activities),
                        "受场地改造影响，第四季度一次主题活动顺延至次年一月开展"),
                new Actual("jc-2", "3个", new BigDecimal("3"), null),
                new Actual("jc-3", "100%", new BigDecimal("100"), null),
                new Actual("jc-4", "按时完成", null, null),
                new Actual("jc-6", "6200人次", new BigDecimal("6200"), null),
                new Actual("jc-8", "95%", new BigDecimal("95"), null)), revision));
    }

    private <P> void publish(cn.jixiao.contracts.EventType<P> type, Instant at, P payload) throws Exception {
        events.publish(project.projectId(), EventEnvelope.of(type, "jinchen", at, payload));
    }

    private String awaitDraft() {
        return await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.streetEditor("panlong", "jinchen"))
                .get().uri("/api/evaluations?projectId={id}", project.projectId())
                .exchange().expectStatus().isOk()
                .expectBodyList(SelfEvaluationView.class).returnResult().getResponseBody(), list -> list.size() == 1)
                .get(0).id();
    }

    private ScoreView awaitScore(String total) {
        return await().atMost(Duration.ofSeconds(15))
                .until(this::score, view -> view.total() != null && view.total().compareTo(new BigDecimal(total)) == 0);
    }

    private ScoreView score() {
        return web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                .uri("/api/evaluations/{id}/score", evaluationId)
                .exchange().expectStatus().isOk()
                .expectBody(ScoreView.class).returnResult().getResponseBody();
    }

    private static Indicator indicator(IndicatorDimension dimension, String id, String name, Target target, String weight) {
        return new Indicator(id, dimension, name, target, IndicatorDirection.POSITIVE, new BigDecimal(weight), "街道台账");
    }

    private static Target atLeast(String value, String unit) {
        return new Target("≥" + value + unit, "GE", new BigDecimal(value), null, unit);
    }

    private static Yuan yuan(String amount) {
        return Yuan.parse(amount);
    }
}
