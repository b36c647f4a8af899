package cn.jixiao.report.targets;

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
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.rendering.docx.DocxReportFormat;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.TenantIds;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 绩效目标表 through the real consumers and routes: the targets events applied once however often they are
 * delivered, the form readable by the street, its district's overseers and auditors, and by no one else.
 */
@ServiceTest
class TargetsFormApiTest {

    private static final WebTestClientConfigurer STREET = Tokens.streetEditor(JinchenEvents.DISTRICT, JinchenEvents.STREET);

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void redeliveredApprovalAndAdjustmentAreAppliedOnceAndTheFormShowsTheTargetsInForce() throws Exception {
        jinchen.publishProject(kafka);
        TargetsForm submitted = await().atMost(Duration.ofSeconds(20)).until(() -> form(STREET),
                form -> form != null && form.indicators().size() == 11 && form.funds().size() == 2);
        assertThat(submitted.approved()).isFalse();
        assertThat(submitted.approval().status()).isEqualTo("未送审");

        EventEnvelope<TargetsApproved> approval = EventEnvelope.of(ProjectEvents.TARGETS_APPROVED, JinchenEvents.STREET,
                JinchenEvents.TARGETS_APPROVED_AT, jinchen.targetsApproved());
        EventEnvelope<TargetsAdjusted> adjustment = EventEnvelope.of(ProjectEvents.TARGETS_ADJUSTED,
                JinchenEvents.STREET, JinchenEvents.TARGETS_ADJUSTED_AT, jinchen.targetsAdjusted());
        jinchen.publishTargets(kafka);
        // the relay delivering the same records again, and project-service publishing the same facts anew
        jinchen.sendProjectEvent(kafka, approval);
        jinchen.sendProjectEvent(kafka, approval);
        jinchen.sendProjectEvent(kafka, adjustment);
        jinchen.sendProjectEvent(kafka, adjustment);

        // a later fact of the same project, on the same partition: once it shows, every copy before it was read
        ProjectUpdated renamed = new ProjectUpdated(jinchen.projectId(), JinchenEvents.DISTRICT, JinchenEvents.STREET,
                JinchenEvents.CODE, JinchenEvents.NAME + "（续）", 2023, JinchenEvents.UNIT, JinchenEvents.UNIT, "专项资金",
                List.of("本年财政拨款"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), JinchenEvents.OVERVIEW,
                JinchenEvents.OVERALL_GOAL, JinchenEvents.ANNUAL_GOALS, "COMPLETED", 2);
        jinchen.sendProjectEvent(kafka, EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, JinchenEvents.STREET,
                JinchenEvents.TARGETS_ADJUSTED_AT.plusSeconds(60), renamed));
        TargetsForm settled = await().atMost(Duration.ofSeconds(20)).until(() -> form(STREET),
                form -> form.projectName().endsWith("（续）"));

        assertThat(settled.approved()).isTrue();
        assertThat(settled.adjustments()).singleElement().satisfies(one -> {
            assertThat(one.date()).isEqualTo("2023年7月10日");
            assertThat(one.reason()).isEqualTo(JinchenEvents.ADJUSTMENT_REASON);
        });
        assertThat(settled.approval()).isEqualTo(new TargetsForm.Approval("已批复（经目标调整）", "panlong-overseer",
                "2023年3月1日", "同意，按批复目标执行"));
        assertThat(settled.indicators().get(0).target()).isEqualTo("≥9次");
        assertThat(form(Tokens.overseer(JinchenEvents.DISTRICT))).isEqualTo(settled);
        assertThat(form(Tokens.auditor(JinchenEvents.DISTRICT))).isEqualTo(settled);
    }

    @Test
    void theFormDownloadsAsDocxPdfAndHtmlAndAnUnknownFormatIsNotFound() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishTargets(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> form(STREET), form -> form != null && form.approved()
                && form.indicators().size() == 11);

        byte[] docx = file("docx").expectStatus().isOk()
                .expectHeader().contentType(DocxReportFormat.CONTENT_TYPE)
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(docx).startsWith('P', 'K');
        byte[] pdf = file("pdf").expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        file("html").expectStatus().isOk().expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(String.class).value(html -> assertThat(html).contains("项目支出绩效目标表", "目标调整"));
        file("xlsx").expectStatus().isNotFound();
    }

    @Test
    void anotherStreetOrAnotherDistrictFindsNoTargetsTable() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> form(STREET) != null);

        String xishan = TenantIds.district(DemoTenants.NAMESPACE, "xishan");
        for (WebTestClientConfigurer stranger : new WebTestClientConfigurer[] {
                Tokens.streetEditor(JinchenEvents.DISTRICT, DemoTenants.TUODONG), Tokens.overseer(xishan),
                Tokens.auditor(xishan)}) {
            web.mutateWith(stranger).get().uri("/api/reports/{id}/targets", jinchen.projectId())
                    .exchange().expectStatus().isNotFound();
            web.mutateWith(stranger).get().uri("/api/reports/{id}/targets/pdf", jinchen.projectId())
                    .exchange().expectStatus().isNotFound();
        }
    }

    /** The form as the caller reads it, {@code null} while the project is not known here. */
    private TargetsForm form(WebTestClientConfigurer caller) {
        boolean known = web.mutateWith(caller).get().uri("/api/reports/{id}/targets", jinchen.projectId())
                .exchange().expectBody().returnResult().getStatus().is2xxSuccessful();
        return !known ? null : web.mutateWith(caller).get().uri("/api/reports/{id}/targets", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody(TargetsForm.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec file(String format) {
        return web.mutateWith(STREET).get().uri("/api/reports/{id}/targets/{format}", jinchen.projectId(), format)
                .exchange();
    }
}
