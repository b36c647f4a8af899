package cn.jixiao.report.monitoring;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.JinchenMonitoring;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.rendering.docx.DocxReportFormat;
import cn.jixiao.report.rendering.xlsx.XlsxSummaryFormat;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.TenantIds;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.report.JinchenMonitoring.APPROVED_AT;
import static cn.jixiao.report.JinchenMonitoring.RESUBMITTED_AT;
import static cn.jixiao.report.JinchenMonitoring.RETURNED_AT;
import static cn.jixiao.report.JinchenMonitoring.SUBMITTED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 绩效监控表 through the real consumer and routes: the monitoring events applied once however often they are
 * delivered and in whatever order the review comes, the form readable by the street, its district's overseers and
 * auditors, and by no one else, as JSON, DOCX and XLSX.
 */
@ServiceTest
class MonitoringFormApiTest {

    private static final WebTestClientConfigurer STREET = Tokens.streetEditor(JinchenEvents.DISTRICT, JinchenEvents.STREET);

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JinchenEvents jinchen = new JinchenEvents();
    private final JinchenMonitoring round = new JinchenMonitoring(jinchen);

    @Test
    void aReviewDeliveredBeforeItsSubmissionAndEveryRedeliveryLeaveOneApprovedForm() throws Exception {
        jinchen.publishProject(kafka);
        // the review first (e.g. a replay from another partition's point of view), then everything twice
        jinchen.sendProjectEvent(kafka, round.reviewedEvent(APPROVED_AT, round.approved()));
        jinchen.sendProjectEvent(kafka, round.reportedEvent(SUBMITTED_AT, JinchenMonitoring.SPENDING_MEASURE));
        jinchen.sendProjectEvent(kafka, round.openedEvent());
        jinchen.sendProjectEvent(kafka, round.reportedEvent(SUBMITTED_AT, JinchenMonitoring.SPENDING_MEASURE));
        jinchen.sendProjectEvent(kafka, round.reviewedEvent(APPROVED_AT, round.approved()));
        jinchen.sendProjectEvent(kafka, round.openedEvent());
        settled();

        MonitoringForm form = form(STREET);
        assertThat(form.title()).isEqualTo("2023年项目支出绩效运行监控表");
        assertThat(form.roundName()).isEqualTo("2023年年中绩效监控");
        assertThat(form.asOf()).isEqualTo("2023年6月30日");
        assertThat(form.projectCode()).isEqualTo(JinchenEvents.CODE);
        assertThat(form.spending().deviation()).isEqualTo("红灯");
        assertThat(form.spending().executed()).isEqualTo(JinchenMonitoring.EXECUTED);
        assertThat(form.indicators()).hasSize(4).extracting(MonitoringForm.IndicatorRow::category)
                .containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(form.review()).isEqualTo(new MonitoringForm.Review("已通过", "panlong-overseer", "2023年7月28日", "同意"));
        assertThat(form(Tokens.overseer(JinchenEvents.DISTRICT))).isEqualTo(form);
        assertThat(form(Tokens.auditor(JinchenEvents.DISTRICT))).isEqualTo(form);
    }

    @Test
    void aFormResubmittedAfterTheDistrictReturnedItAwaitsReviewAgain() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.sendProjectEvent(kafka, round.openedEvent());
        jinchen.sendProjectEvent(kafka, round.reportedEvent(SUBMITTED_AT, JinchenMonitoring.SPENDING_MEASURE));
        jinchen.sendProjectEvent(kafka, round.reviewedEvent(RETURNED_AT, round.returned()));
        jinchen.sendProjectEvent(kafka, round.reportedEvent(RESUBMITTED_AT, "9月30日前完成验收并支付进度款"));
        // the return delivered again after the resubmission: it answered the earlier one
        jinchen.sendProjectEvent(kafka, round.reviewedEvent(RETURNED_AT, round.returned()));
        settled();

        MonitoringForm form = form(STREET);
        assertThat(form.spending().measure()).isEqualTo("9月30日前完成验收并支付进度款");
        assertThat(form.review()).isEqualTo(new MonitoringForm.Review("待审核", null, null, null));
    }

    @Test
    void theFormDownloadsAsDocxAndXlsxUnderItsChineseName() throws Exception {
        publishSubmittedForm();

        byte[] docx = file(STREET, "docx").expectStatus().isOk()
                .expectHeader().contentType(DocxReportFormat.CONTENT_TYPE)
                .expectHeader().value("Content-Disposition", disposition -> assertThat(decoded(disposition))
                        .contains("attachment", JinchenEvents.NAME + "2023年项目支出绩效运行监控表（截至2023年6月30日）.docx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(docx).startsWith('P', 'K');
        byte[] xlsx = file(Tokens.auditor(JinchenEvents.DISTRICT), "xlsx").expectStatus().isOk()
                .expectHeader().contentType(XlsxSummaryFormat.CONTENT_TYPE)
                .expectHeader().value("Content-Disposition", disposition -> assertThat(decoded(disposition))
                        .contains("attachment", "绩效运行监控表（截至2023年6月30日）.xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsx).startsWith('P', 'K');
        file(STREET, "pdf").expectStatus().isNotFound();
        web.mutateWith(STREET).get().uri("/api/reports/{id}/monitoring/{round}", jinchen.projectId(), "no-such-round")
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aRoundOfTheDistrictWhoseFormIsNotSubmittedYetSaysSoAndOnlyToThoseWhoMaySeeTheProject() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.sendProjectEvent(kafka, round.openedEvent());
        settled();

        web.mutateWith(STREET).get().uri("/api/reports/{id}/monitoring/{round}", jinchen.projectId(), round.roundId())
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title")
                .value(title -> assertThat((String) title).contains("绩效监控表尚未提交"));
        file(Tokens.overseer(JinchenEvents.DISTRICT), "docx").expectStatus().isEqualTo(409);
        file(Tokens.streetEditor(JinchenEvents.DISTRICT, DemoTenants.TUODONG), "docx").expectStatus().isNotFound();
    }

    @Test
    void anotherStreetOrAnotherDistrictFindsNoMonitoringForm() throws Exception {
        publishSubmittedForm();

        String xishan = TenantIds.district(DemoTenants.NAMESPACE, "xishan");
        for (WebTestClientConfigurer stranger : new WebTestClientConfigurer[] {
                Tokens.streetEditor(JinchenEvents.DISTRICT, DemoTenants.TUODONG), Tokens.overseer(xishan),
                Tokens.auditor(xishan)}) {
            web.mutateWith(stranger).get().uri("/api/reports/{id}/monitoring/{round}", jinchen.projectId(),
                    round.roundId()).exchange().expectStatus().isNotFound();
            file(stranger, "docx").expectStatus().isNotFound();
            file(stranger, "xlsx").expectStatus().isNotFound();
        }
        web.get().uri("/api/reports/{id}/monitoring/{round}", jinchen.projectId(), round.roundId())
                .exchange().expectStatus().isUnauthorized();
    }

    private void publishSubmittedForm() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.sendProjectEvent(kafka, round.openedEvent());
        jinchen.sendProjectEvent(kafka, round.reportedEvent(SUBMITTED_AT, JinchenMonitoring.SPENDING_MEASURE));
        settled();
    }

    /**
     * Sends a later fact of the same project on the same partition (a new 总目标) and waits until it shows: every
     * record sent before it was read by then.
     */
    private void settled() throws Exception {
        String goal = JinchenEvents.OVERALL_GOAL + "（年中监控后）";
        ProjectUpdated updated = new ProjectUpdated(jinchen.projectId(), JinchenEvents.DISTRICT, JinchenEvents.STREET,
                JinchenEvents.CODE, JinchenEvents.NAME, 2023, JinchenEvents.UNIT, JinchenEvents.UNIT, "专项资金",
                List.of("本年财政拨款"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), JinchenEvents.OVERVIEW,
                goal, JinchenEvents.ANNUAL_GOALS, "IN_PROGRESS", 2);
        jinchen.sendProjectEvent(kafka, EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, JinchenEvents.STREET,
                APPROVED_AT.plusSeconds(3600), updated));
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(STREET).get()
                .uri("/api/reports/{id}/targets", jinchen.projectId()).exchange().expectBody(TargetsForm.class)
                .returnResult().getResponseBody(), form -> form != null && form.goals() != null
                && form.goals().contains(goal));
    }

    private MonitoringForm form(WebTestClientConfigurer caller) {
        return web.mutateWith(caller).get().uri("/api/reports/{id}/monitoring/{round}", jinchen.projectId(),
                        round.roundId()).exchange().expectStatus().isOk().expectBody(MonitoringForm.class)
                .returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec file(WebTestClientConfigurer caller, String format) {
        return web.mutateWith(caller).get().uri("/api/reports/{id}/monitoring/{round}/{format}", jinchen.projectId(),
                round.roundId(), format).exchange();
    }

    private static String decoded(String disposition) {
        return URLDecoder.decode(disposition, StandardCharsets.UTF_8);
    }
}
