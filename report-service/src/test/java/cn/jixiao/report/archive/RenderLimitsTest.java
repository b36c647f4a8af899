package cn.jixiao.report.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One render worker serves every tenant, so what a request may queue is bounded: each format once, a few jobs
 * waiting per street, and a street at its limit does not keep another street from asking. The worker is held
 * while these run, so the jobs stay queued and the counts are exact.
 */
@ServiceTest
class RenderLimitsTest {

    private static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN);
    private static final WebTestClientConfigurer TUODONG = Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG);

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    RenderWorker worker;

    @Autowired
    ReportArchives archives;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final List<String> projects = new ArrayList<>();

    @BeforeEach
    void holdTheWorker() {
        worker.stop();
    }

    @AfterEach
    void releaseTheWorker() {
        // the jobs queued here were only counted: they are removed rather than rendered, so that the other tests'
        // renders do not wait behind them
        mongo.remove(Query.query(Criteria.where("projectId").in(projects)), ReportArchive.class).block();
        worker.start();
    }

    @Test
    void aFormatNamedTwiceIsRenderedOnceAndAListOfThousandsIsRefused() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        jinchen.publishProject(kafka);
        awaitReport(JINCHEN, jinchen.projectId());

        RenderJob job = render(JINCHEN, jinchen.projectId(), List.of("pdf", "PDF", "HTML", "html", "PDF"))
                .expectStatus().isAccepted().expectBody(RenderJob.class).returnResult().getResponseBody();
        assertThat(job.formats()).containsExactly("PDF", "HTML");

        render(JINCHEN, jinchen.projectId(), Collections.nCopies(5000, "PDF"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aStreetMayHaveFiveJobsWaitingAndAnotherStreetIsNotHeldUpByIt() throws Exception {
        List<String> jinchenProjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JinchenEvents jinchen = new JinchenEvents();
            jinchen.publishProject(kafka);
            jinchenProjects.add(jinchen.projectId());
        }
        EventEnvelope<ProjectRegistered> tuodong = ProjectEventsFixture.registered(DemoTenants.PANLONG, DemoTenants.TUODONG, "TD-LIMIT-001");
        new ProjectEventsFixture(kafka).publish(tuodong);
        jinchenProjects.forEach(projectId -> awaitReport(JINCHEN, projectId));
        awaitReport(TUODONG, tuodong.payload().projectId());
        long alreadyWaiting = waitingJobsOfJinchen();
        assertThat(alreadyWaiting).isLessThan(5);

        // spread over several projects: the limit is the street's, not one report's
        for (long queued = alreadyWaiting; queued < 5; queued++) {
            render(JINCHEN, jinchenProjects.get((int) (queued % jinchenProjects.size())), List.of("DOCX"))
                    .expectStatus().isAccepted();
        }
        render(JINCHEN, jinchenProjects.get(0), List.of("DOCX"))
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("render-queue-full")
                .jsonPath("$.limit").isEqualTo(5)
                .jsonPath("$.queued").isEqualTo(5)
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("报告生成排队已满", "Render queue full"));

        render(TUODONG, tuodong.payload().projectId(), List.of("DOCX")).expectStatus().isAccepted();
    }

    @Test
    void anEditorWhoIsAlsoAnAuditorRendersNothingAndWritesNoText() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        jinchen.publishProject(kafka);
        awaitReport(JINCHEN, jinchen.projectId());
        // the demo realm's group of 金辰街道, as Keycloak puts it in the token
        WebTestClientConfigurer editorAndAuditor = Tokens.issuedBy(Tokens.REALM_ISSUER_BASE + DemoTenants.NAMESPACE,
                "jinchen-editor-auditor", "/panlong/jinchen", "street-editor", "street-approver", "auditor");

        render(editorAndAuditor, jinchen.projectId(), List.of("PDF"))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(editorAndAuditor).put().uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(null, JinchenReportTexts.TEXTS)).exchange()
                .expectStatus().isForbidden();
        web.mutateWith(editorAndAuditor).get().uri("/api/reports/{id}/archives", jinchen.projectId()).exchange()
                .expectStatus().isOk();
        web.mutateWith(JINCHEN).put().uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(null, JinchenReportTexts.TEXTS)).exchange()
                .expectStatus().isOk();
    }

    /** Jobs other tests of this street left waiting count towards the same limit. */
    private long waitingJobsOfJinchen() {
        return archives.pendingOfStreet(JinchenEvents.DISTRICT, JinchenEvents.STREET)
                .map(ReportArchive::unfinishedJobs).reduce(0L, Long::sum).block();
    }

    private WebTestClient.ResponseSpec render(WebTestClientConfigurer who, String projectId, List<String> formats) {
        return web.mutateWith(who).post().uri("/api/reports/{id}/renders", projectId)
                .bodyValue(new RenderRequest(formats, false)).exchange();
    }

    private void awaitReport(WebTestClientConfigurer who, String projectId) {
        projects.add(projectId);
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(who).get()
                .uri("/api/reports/{id}/document", projectId).exchange().returnResult(String.class)
                .getStatus().is2xxSuccessful());
    }
}
