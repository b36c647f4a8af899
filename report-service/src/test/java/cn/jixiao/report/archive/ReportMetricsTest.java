package cn.jixiao.report.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Prometheus reads of report-service at {@code /actuator/prometheus} (#14, docs/operations.md): without a
 * token inside the deployment's network, the outbox's backlog per collection, the Kafka consumers' lag, how long
 * each file of a render job took by format, and the dead letters by consumer and reason.
 */
@ServiceTest
class ReportMetricsTest {

    private static final ParameterizedTypeReference<List<ReportArchive>> ARCHIVES = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void prometheusReadsTheOutboxBacklogOfEveryOutboxCollectionWithoutAToken() {
        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("jixiao_outbox_pending\\{[^}]*collection=\"report_archives\"[^}]*} \\d")
                .containsPattern("jixiao_outbox_oldest_age_seconds\\{[^}]*collection=\"report_archives\"[^}]*} \\d")
                .as("the consumers' lag, per topic once they have fetched").contains("kafka_consumer_fetch_manager_records_lag_max")
                .as("every series says which service it came from").contains("application=\"report-service\"");
    }

    @Test
    void eachFileOfARenderJobIsTimedByItsFormat() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, jinchen.snapshot("DRAFT", 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(editor()).get()
                .uri("/api/reports/{id}/document", jinchen.projectId()).exchange().returnResult(String.class)
                .getStatus().is2xxSuccessful());

        RenderJob queued = web.mutateWith(editor()).post().uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("DOCX"), false)).exchange()
                .expectStatus().isAccepted().expectBody(RenderJob.class).returnResult().getResponseBody();
        await().atMost(Duration.ofSeconds(60)).until(() -> job(queued.id()),
                job -> job != null && job.status() == JobStatus.DONE);

        assertThat(scrape())
                .containsPattern("jixiao_report_render_seconds_count\\{[^}]*format=\"DOCX\"[^}]*outcome=\"success\"[^}]*} [1-9]")
                .contains("jixiao_report_render_seconds_bucket{");
    }

    @Test
    void aRefusedEventCountsAsADeadLetterByConsumerAndReason() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(editor()).get()
                .uri("/api/reports/{id}/document", jinchen.projectId()).exchange().returnResult(String.class)
                .getStatus().is2xxSuccessful());
        ProjectUpdated renamed = new ProjectUpdated(jinchen.projectId(), JinchenEvents.DISTRICT, DemoTenants.TUODONG,
                JinchenEvents.CODE, "拓东街道篡改的项目", 2023, "拓东街道办事处", "拓东街道办事处", "专项资金", List.of(),
                null, null, "", "", List.of(), "ACTIVE", 99);
        kafka.send(new ProducerRecord<>(Topics.PROJECT_EVENTS, jinchen.projectId(), new EventCodec().write(
                EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, DemoTenants.TUODONG, Instant.now(), renamed))))
                .get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape()).containsPattern(
                "jixiao_dead_letters_total\\{[^}]*consumer=\"report-service\"[^}]*reason=\"aggregate-of-another-tenant\"[^}]*} [1-9]"));
    }

    private String scrape() {
        // every series of the service with its latency buckets: more than the client's default 256 KB
        return web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private RenderJob job(String jobId) {
        List<ReportArchive> archives = web.mutateWith(editor()).get().uri("/api/reports/{id}/archives", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody(ARCHIVES).returnResult().getResponseBody();
        return archives.stream().flatMap(archive -> archive.job(jobId).stream()).findFirst().orElse(null);
    }

    private static WebTestClientConfigurer editor() {
        return Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN);
    }
}
