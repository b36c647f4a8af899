package cn.jixiao.evaluation.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
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
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the demo profile the streets' self-grades arrive by themselves once their projects' indicators do: the
 * 金辰 seed project's three 定性 indicators at full marks (98.00, 优), 拓东's 人居环境 at 7 of 10 with the
 * explanation of its 85% rate.
 */
@ServiceTest
@ActiveProfiles("demo")
class DemoSelfGradingTest {

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void theDemoStreetsGradeTheirQualitativeIndicatorsAsSoonAsTheDraftsHaveThem() throws Exception {
        ProjectRegistered jinchen = project("jinchen", DemoSelfAssessments.JINCHEN_CODE);
        ProjectRegistered tuodong = project("tuodong", DemoSelfAssessments.TUODONG_CODE);
        feed(jinchen, "2000000.00", "2000000.00", List.of(
                measured(IndicatorDimension.QUANTITY, "jc-activities", "10", "次", "20"),
                measured(IndicatorDimension.QUANTITY, "jc-parks", "3", "个", "25"),
                qualitative(IndicatorDimension.TIMELINESS, "jc-on-time", "5"),
                measured(IndicatorDimension.SOCIAL_BENEFIT, "jc-participation", "3000", "人次", "10"),
                qualitative(IndicatorDimension.SOCIAL_BENEFIT, "jc-atmosphere", "10"),
                qualitative(IndicatorDimension.SUSTAINABLE_IMPACT, "jc-mechanism", "10"),
                measured(IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-residents", "90", "%", "10")), List.of(
                new Actual("jc-activities", "9次", new BigDecimal("9"), "一场主题活动顺延至次年一月"),
                new Actual("jc-parks", "3个", new BigDecimal("3"), null),
                new Actual("jc-participation", "3260人次", new BigDecimal("3260"), null),
                new Actual("jc-residents", "96%", new BigDecimal("96"), null)));
        feed(tuodong, "1000000.00", "850000.00", List.of(
                measured(IndicatorDimension.QUANTITY, "td-trees", "200", "株", "50"),
                measured(IndicatorDimension.SOCIAL_BENEFIT, "td-participation", "1000", "人次", "20"),
                qualitative(IndicatorDimension.ECOLOGICAL_BENEFIT, "td-environment", "10"),
                measured(IndicatorDimension.BENEFICIARY_SATISFACTION, "td-satisfaction", "90", "%", "10")), List.of(
                new Actual("td-trees", "200株", new BigDecimal("200"), null),
                new Actual("td-participation", "1200人次", new BigDecimal("1200"), null),
                new Actual("td-environment", "人居环境有所改善", null, "部分小区补植顺延至次年春季"),
                new Actual("td-satisfaction", "92%", new BigDecimal("92"), null)));

        var jinchenScore = await().atMost(Duration.ofSeconds(30)).until(() -> score(jinchen),
                score -> score != null && score.total() != null && score.total().compareTo(new BigDecimal("98.00")) == 0);
        assertThat(jinchenScore.gradeLabel()).isEqualTo("优秀");
        assertThat(jinchenScore.blockingItems()).isEmpty();

        var tuodongScore = await().atMost(Duration.ofSeconds(30)).until(() -> score(tuodong),
                score -> score != null && score.blockingItems().isEmpty());
        assertThat(tuodongScore.indicators()).filteredOn(line -> line.indicatorId().equals("td-environment"))
                .singleElement().satisfies(line -> assertThat(line.score()).isEqualByComparingTo("7.00"));
        assertThat(tuodongScore.total()).as("8.50 + 50 + 20 + 7 + 10").isEqualByComparingTo("95.50");
    }

    /** The parts of the score the test reads. */
    record Score(BigDecimal total, String gradeLabel, List<Line> indicators, List<Object> blockingItems) {
    }

    record Line(String indicatorId, BigDecimal score) {
    }

    private Score score(ProjectRegistered project) {
        var evaluations = web.mutateWith(Tokens.overseer("panlong")).get()
                .uri("/api/evaluations?projectId={id}", project.projectId()).exchange().expectStatus().isOk()
                .expectBodyList(cn.jixiao.evaluation.selfevaluation.SelfEvaluation.class).returnResult().getResponseBody();
        if (evaluations.isEmpty()) {
            return null;
        }
        return web.mutateWith(Tokens.overseer("panlong")).get()
                .uri("/api/evaluations/{id}/score", evaluations.get(0).id()).exchange().expectStatus().isOk()
                .expectBody(Score.class).returnResult().getResponseBody();
    }

    private ProjectRegistered project(String street, String code) throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", street, code);
        new ProjectEventsFixture(kafka).publish(registered);
        return registered.payload();
    }

    private void feed(ProjectRegistered project, String budget, String executed, List<Indicator> indicators,
                      List<Actual> actuals) throws Exception {
        String street = project.streetId();
        publish(project, ProjectEvents.BUDGET_CHANGED, new BudgetChanged(project.projectId(), "panlong", street,
                Yuan.parse(budget), List.of(), Yuan.parse(budget), List.of(), List.of(), 1));
        publish(project, ProjectEvents.EXPENDITURE_RECORDED, new ExpenditureRecorded(project.projectId(), "panlong",
                street, "ledger-2023", 10, Yuan.parse(executed),
                new ExpenditureRecorded.LedgerTotals(Yuan.parse(executed), List.of(), List.of())));
        publish(project, ProjectEvents.INDICATORS_DEFINED, new IndicatorsDefined(project.projectId(), "panlong", street,
                "national-default", 1, indicators, 1));
        publish(project, ProjectEvents.ACTUALS_REPORTED, new ActualsReported(project.projectId(), "panlong", street,
                actuals, 1));
    }

    private <P> void publish(ProjectRegistered project, EventType<P> type, P payload) throws Exception {
        new ProjectEventsFixture(kafka).publish(project.projectId(),
                EventEnvelope.of(type, project.streetId(), JANUARY.plusSeconds(60), payload));
    }

    private static Indicator measured(IndicatorDimension dimension, String id, String target, String unit, String weight) {
        return new Indicator(id, dimension, "指标" + id, new Target("≥" + target + unit, "GE", new BigDecimal(target), null, unit),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), "台账");
    }

    private static Indicator qualitative(IndicatorDimension dimension, String id, String weight) {
        return new Indicator(id, dimension, "指标" + id, new Target("有效提升", null, null, null, null),
                IndicatorDirection.QUALITATIVE, new BigDecimal(weight), "台账");
    }
}
