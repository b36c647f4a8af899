package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.project.indicators.demo.DemoActual;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ActualsApiTest extends IndicatorApiSpecification {

    static final MediaType XLSX = MediaType.parseMediaType(ActualsWorkbook.CONTENT_TYPE);


    @Test
    void actualsReportedOneAtATimeShowWhetherEachTargetWasReachedAndEachChangePublishesEveryActual() {
        String project = definedJinchenProject();

        long version = 0;
        for (DemoActual actual : JinchenIndicators.actuals()) {
            version = api.report(JINCHEN, project, actual.indicatorId(), actual.basedOn(version)).expectStatus().isOk()
                    .expectBody(IndicatorTreeView.class).returnResult().getResponseBody().version();
        }

        Map<String, IndicatorTreeView.IndicatorView> shown = indicatorsOf(api.tree(Tokens.auditor("panlong"), project));
        assertThat(shown.get(JinchenIndicators.ACTIVITIES).reached()).isFalse();
        assertThat(shown.get(JinchenIndicators.ACTIVITIES).actual().value()).isEqualByComparingTo("9");
        assertThat(shown.get(JinchenIndicators.ACTIVITIES).actual().reportedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(shown.get("jc-residents").reached()).isTrue();
        assertThat(shown.get("jc-cost").reached()).isTrue();
        assertThat(shown.get("jc-on-time").reached()).isNull();
        assertThat(shown.get("jc-on-time").actual().text()).isEqualTo("按时完成");
        List<EventEnvelope<ActualsReported>> reported = events.await(project, ProjectEvents.ACTUALS_REPORTED, 11);
        assertThat(reported).hasSize(11);
        ActualsReported last = reported.get(10).payload();
        assertThat(last.revision()).isEqualTo(12);
        assertThat(last.actuals()).hasSize(11).first().isEqualTo(new ActualsReported.Actual(JinchenIndicators.ACTIVITIES,
                "9次", new BigDecimal("9"), JinchenIndicators.actuals().get(0).deviationNote(), "次",
                ActualReadingKind.AS_WRITTEN));
    }

    @Test
    void anUnreadableActualIsRefusedAnUnknownIndicatorIsNotFoundAndAStaleVersionConflicts() {
        String project = definedJinchenProject();

        // a unit of another measure is refused; a bare 96 would read as 96% since #17
        api.report(JINCHEN, project, "jc-residents", new ReportActual(0L, "96天", null)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("actual-unreadable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("两者无法换算").contains("不带单位的"))
                .jsonPath("$.errors[0].field").isEqualTo("actual");
        api.report(JINCHEN, project, "no-such-indicator", new ReportActual(0L, "9次", null)).expectStatus().isNotFound();
        api.report(JINCHEN, project, "jc-residents", new ReportActual(0L, "96%", null)).expectStatus().isOk();
        api.report(JINCHEN, project, "jc-merchants", new ReportActual(0L, "94%", null)).expectStatus().isEqualTo(409);
        api.report(Tokens.streetEditor("panlong", "tuodong"), project, "jc-merchants", new ReportActual(1L, "94%", null))
                .expectStatus().isNotFound();
        api.report(Tokens.auditor("panlong"), project, "jc-merchants", new ReportActual(1L, "94%", null))
                .expectStatus().isForbidden();
    }

    @Test
    void aFilledInWorkbookReportsAllItsActualsAtOnceInOneChange() {
        String project = definedJinchenProject();
        IndicatorTreeView imported = upload(project, Workbooks.filled(template(project), JinchenIndicators.actuals().stream()
                .collect(Collectors.toMap(DemoActual::indicatorId,
                        actual -> new String[]{actual.actual(), actual.deviationNote()}))))
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();

        assertThat(imported.version()).isEqualTo(1);
        assertThat(indicatorsOf(imported).values()).allSatisfy(indicator -> assertThat(indicator.actual()).isNotNull());
        assertThat(indicatorsOf(imported).get(JinchenIndicators.ACTIVITIES).actual().deviationNote()).contains("顺延");
        List<EventEnvelope<ActualsReported>> reported = events.await(project, ProjectEvents.ACTUALS_REPORTED, 1);
        assertThat(reported).singleElement().satisfies(event -> assertThat(event.payload().actuals()).hasSize(11));
        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.overseer("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 3);
        assertThat(trail.get(2)).containsEntry("subject", "actuals").containsEntry("action", "imported");
    }

    @Test
    void aWorkbookWithOneBadRowIsRefusedCellByCellAndNothingIsSaved() {
        String project = definedJinchenProject();
        byte[] oneBadRow = Workbooks.filled(template(project), Map.of(
                JinchenIndicators.ACTIVITIES, new String[]{"9次"},
                "jc-residents", new String[]{"≥90%"}));

        upload(project, oneBadRow).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("actuals-rejected")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].row").isEqualTo(11)
                .jsonPath("$.errors[0].column").isEqualTo("F")
                .jsonPath("$.errors[0].columnName").isEqualTo("实际完成值")
                .jsonPath("$.errors[0].value").isEqualTo("≥90%")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("应为实际达到的具体数值"));
        upload(project, "%PDF-1.7".getBytes(StandardCharsets.UTF_8)).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("not-xlsx");

        IndicatorTreeView unchanged = api.tree(JINCHEN, project);
        assertThat(unchanged.version()).isZero();
        assertThat(indicatorsOf(unchanged).values()).allSatisfy(indicator -> assertThat(indicator.actual()).isNull());
    }

    private String definedJinchenProject() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());
        return project;
    }

    private byte[] template(String project) {
        return web.mutateWith(JINCHEN).get().uri("/api/projects/{id}/indicators/actuals-template.xlsx", project).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(XLSX)
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition).startsWith("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec upload(String project, byte[] workbook) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", workbook).filename("实际完成值.xlsx").contentType(XLSX);
        return web.mutateWith(JINCHEN).post().uri("/api/projects/{id}/indicators/actuals", project)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static Map<String, IndicatorTreeView.IndicatorView> indicatorsOf(IndicatorTreeView tree) {
        return tree.categories().stream().flatMap(category -> category.dimensions().stream())
                .flatMap(dimension -> dimension.indicators().stream())
                .collect(Collectors.toMap(IndicatorTreeView.IndicatorView::id, Function.identity()));
    }
}
