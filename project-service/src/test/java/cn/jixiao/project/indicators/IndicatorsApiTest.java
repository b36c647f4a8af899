package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

class IndicatorsApiTest extends IndicatorApiSpecification {



    @Test
    void aStreetDefinesTheJinchenTreeAndReadsItGroupedWithChineseLabelsAndSums() {
        String project = api.register(JINCHEN);

        IndicatorTreeView saved = api.defined(JINCHEN, project, JinchenIndicators.definition());
        IndicatorTreeView read = api.tree(JINCHEN, project);

        assertThat(read).isEqualTo(saved);
        assertThat(read.version()).isZero();
        assertThat(read.revision()).isEqualTo(1);
        assertThat(read.categories()).extracting(IndicatorTreeView.CategoryView::label,
                IndicatorTreeView.CategoryView::weight).containsExactly(
                tuple("产出指标", new BigDecimal("50.00")),
                tuple("效益指标", new BigDecimal("30.00")),
                tuple("满意度指标", new BigDecimal("10.00")));
        assertThat(read.categories().get(0).dimensions()).extracting(IndicatorTreeView.DimensionView::label,
                IndicatorTreeView.DimensionView::weight).containsExactly(
                tuple("数量指标", new BigDecimal("30.00")), tuple("质量指标", new BigDecimal("10.00")),
                tuple("时效指标", new BigDecimal("5.00")), tuple("成本指标", new BigDecimal("5.00")));
        IndicatorTreeView.IndicatorView acceptance = read.categories().get(0).dimensions().get(1).indicators().get(0);
        assertThat(acceptance.target()).isEqualTo(new Target("100%", "GE", new BigDecimal("100"), null, "%"));
        assertThat(acceptance.comparison()).isEqualTo("≥");
        assertThat(acceptance.directionLabel()).isEqualTo("正向");
        assertThat(acceptance.actual()).isNull();
        assertThat(acceptance.reached()).isNull();
    }

    @Test
    void everyIndicatorEndpointIsDocumentedInChineseAndEnglish() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/projects/{projectId}/indicators'].put.summary").value(summary ->
                        assertThat((String) summary).contains("设定或修改整个指标体系").contains("define the whole tree"))
                .jsonPath("$.paths['/api/projects/{projectId}/indicators/{indicatorId}/actual'].put").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/indicators/actuals-template.xlsx'].get").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/indicators/actuals'].post").exists()
                .jsonPath("$.components.schemas.IndicatorInput.properties.target.description").value(description ->
                        assertThat((String) description).contains("年度指标值"));
    }

    @Test
    void definingPublishesTheWholeTreeAndTheAuditTrailRecordsIt() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());

        EventEnvelope<IndicatorsDefined> event = events.await(project, ProjectEvents.INDICATORS_DEFINED, 1).get(0);
        assertThat(event.tenantId()).isEqualTo("jinchen");
        IndicatorsDefined defined = event.payload();
        assertThat(defined.districtId()).isEqualTo("panlong");
        assertThat(defined.templateId()).as("templates are evaluation-service's; the event names none").isNull();
        assertThat(defined.templateVersion()).isZero();
        assertThat(defined.revision()).isEqualTo(1);
        assertThat(defined.indicators()).hasSize(11).first().isEqualTo(new IndicatorsDefined.Indicator(
                JinchenIndicators.ACTIVITIES, IndicatorDimension.QUANTITY, "开展民族团结进步主题活动次数",
                new Target("≥10次", "GE", new BigDecimal("10"), null, "次"), IndicatorDirection.POSITIVE,
                new BigDecimal("20.00"), "活动台账、签到表及活动照片", false, DirectionSource.TARGET));

        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 2);
        assertThat(trail.get(1)).containsEntry("subject", "indicators").containsEntry("action", "defined")
                .containsEntry("actor", "panlong-jinchen-editor");
        assertThat((List<?>) ((Map<?, ?>) trail.get(1).get("after")).get("indicators")).hasSize(11);
    }

    @Test
    void aDraftWhoseWeightsDoNotYetAddUpSavesAsItIs() {
        // 满意度 not yet entered and one weight still to be settled: a half-typed form saves; evaluation-service shows
        // the sums against its template with the score and blocks submission until they fit
        String project = api.register(JINCHEN);
        List<IndicatorInput> indicators = new ArrayList<>(JinchenIndicators.indicators());
        IndicatorInput activities = indicators.get(0);
        indicators.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                activities.target(), activities.direction(), new BigDecimal("15.5"), activities.dataSource()));
        indicators.removeIf(indicator -> indicator.category() == IndicatorCategory.SATISFACTION);

        IndicatorTreeView saved = api.defined(JINCHEN, project, new DefineIndicators(null, indicators));

        assertThat(saved.version()).isZero();
        assertThat(saved.categories()).extracting(IndicatorTreeView.CategoryView::label,
                IndicatorTreeView.CategoryView::weight).containsExactly(
                tuple("产出指标", new BigDecimal("45.50")),
                tuple("效益指标", new BigDecimal("30.00")));
        assertThat(api.tree(JINCHEN, project)).isEqualTo(saved);
        assertThat(events.await(project, ProjectEvents.INDICATORS_DEFINED, 1).get(0).payload().indicators())
                .hasSize(indicators.size());
    }

    @Test
    void inconsistentIndicatorsAreRefusedNamingEachFieldAndCell() {
        String project = api.register(JINCHEN);
        List<IndicatorInput> indicators = new ArrayList<>(JinchenIndicators.indicators());
        IndicatorInput cost = indicators.get(5);
        indicators.set(5, new IndicatorInput(cost.id(), IndicatorCategory.EFFECT, cost.dimension(), cost.name(), "≥200万元",
                cost.direction(), cost.weight(), cost.dataSource()));

        api.define(JINCHEN, project, new DefineIndicators(null, indicators))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("indicators-invalid")
                .jsonPath("$.errors[0].field").isEqualTo("indicators[5].dimension")
                .jsonPath("$.errors[1].field").isEqualTo("indicators[5].direction")
                .jsonPath("$.errors[1].rejectedValue").isEqualTo("NEGATIVE")
                .jsonPath("$.errors[1].message").value(message -> assertThat((String) message)
                        .contains("指标方向“反向”与“≥200万元”的 ≥ 相互矛盾"))
                .jsonPath("$.cells[1].row").isEqualTo(6)
                .jsonPath("$.cells[1].indicator").isEqualTo(cost.name())
                .jsonPath("$.cells[1].column").isEqualTo("指标方向");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedWith409() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());

        api.define(JINCHEN, project, JinchenIndicators.definition()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");
        IndicatorTreeView changed = api.defined(JINCHEN, project, new DefineIndicators(0L, JinchenIndicators.indicators()));
        api.define(JINCHEN, project, new DefineIndicators(0L, JinchenIndicators.indicators())).expectStatus().isEqualTo(409);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.revision()).isEqualTo(2);
    }

    @Test
    void anotherStreetIsToldTheProjectDoesNotExistAndOverseersAndAuditorsReadButDoNotWrite() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());
        WebTestClientConfigurer tuodong = Tokens.streetEditor("panlong", "tuodong");

        api.get(tuodong, project).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        api.define(tuodong, project, new DefineIndicators(0L, JinchenIndicators.indicators())).expectStatus().isNotFound();
        api.get(Tokens.overseer("xishan"), project).expectStatus().isNotFound();
        assertThat(api.tree(Tokens.auditor("panlong"), project).categories()).hasSize(3);
        assertThat(api.tree(Tokens.overseer("panlong"), project).version()).isZero();
        api.define(Tokens.auditor("panlong"), project, new DefineIndicators(0L, JinchenIndicators.indicators()))
                .expectStatus().isForbidden();
        api.define(Tokens.overseer("panlong"), project, new DefineIndicators(0L, JinchenIndicators.indicators()))
                .expectStatus().isForbidden();
    }

    @Test
    void aChangedTreeKeepsTheActualsOfIndicatorsThatKeepTheirIdAndDropsTheRest() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());
        api.report(JINCHEN, project, "jc-activities", new ReportActual(0L, "9次", "活动顺延")).expectStatus().isOk();
        api.report(JINCHEN, project, "jc-merchants", new ReportActual(1L, "94%", null)).expectStatus().isOk();
        List<IndicatorInput> indicators = new ArrayList<>(JinchenIndicators.indicators());
        IndicatorInput residents = indicators.remove(9);
        indicators.set(9, new IndicatorInput("jc-satisfaction", residents.category(), residents.dimension(),
                "服务对象满意度", "≥90%", residents.direction(), new BigDecimal("10"), residents.dataSource()));

        IndicatorTreeView changed = api.defined(JINCHEN, project, new DefineIndicators(2L, indicators));

        assertThat(changed.categories().get(0).dimensions().get(0).indicators().get(0).actual())
                .extracting(ReportedActual::text, ReportedActual::deviationNote).containsExactly("9次", "活动顺延");
        assertThat(changed.categories().get(2).dimensions().get(0).indicators()).singleElement()
                .satisfies(satisfaction -> assertThat(satisfaction.actual()).isNull());
        List<EventEnvelope<ActualsReported>> reported = events.await(project, ProjectEvents.ACTUALS_REPORTED, 3);
        assertThat(reported).hasSize(3);
        assertThat(reported.get(2).payload().revision()).isEqualTo(4);
        assertThat(reported.get(2).payload().actuals()).extracting(ActualsReported.Actual::indicatorId)
                .containsExactly("jc-activities");
    }
}
