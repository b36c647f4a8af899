package cn.jixiao.report.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.report.ReportEvents;
import cn.jixiao.contracts.report.ReportRendered;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stored report versions: rendered as asynchronous jobs, kept with their content hashes and the evaluation and
 * template they reflect, announced with ReportRendered, downloadable by whoever may read the project.
 */
@ServiceTest
class ReportVersionsTest {

    private static final ParameterizedTypeReference<List<ReportArchive>> ARCHIVES = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    private final JinchenEvents jinchen = new JinchenEvents();
    private Consumer<String, String> reportEvents;

    @BeforeEach
    void listenToReportEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        reportEvents = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(reportEvents, Topics.REPORT_EVENTS);
    }

    @AfterEach
    void close() {
        reportEvents.close();
    }

    @Test
    void finalizingTheEvaluationStoresTheFinalReportInEveryFormatAndAnnouncesIt() throws Exception {
        jinchen.publishProject(kafka);
        awaitProject();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).put()
                .uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(null, JinchenReportTexts.TEXTS)).exchange().expectStatus().isOk();

        jinchen.publishFinalized(kafka);

        ReportVersion stored = await().atMost(Duration.ofSeconds(60))
                .until(() -> versions(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)), versions -> !versions.isEmpty()).get(0);
        assertThat(stored.number()).isEqualTo(1);
        assertThat(stored.finalReport()).isTrue();
        assertThat(stored.evaluationId()).isEqualTo(jinchen.evaluationId());
        assertThat(stored.evaluationRevision()).isEqualTo(7);
        assertThat(stored.templateId()).isEqualTo("national-default");
        assertThat(stored.files()).extracting(StoredFile::format).containsExactly("DOCX", "PDF", "HTML");

        StoredFile pdf = stored.file("PDF").orElseThrow();
        byte[] content = readWhole(web.mutateWith(Tokens.auditor(DemoTenants.PANLONG))).get()
                .uri("/api/reports/archives/{report}/versions/1/PDF", jinchen.projectId() + "-1").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueMatches("Content-Disposition", ".*filename\\*=UTF-8''.*\\.pdf.*")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
        assertThat(ReportFiles.sha256(content)).isEqualTo(pdf.sha256());
        assertThat((long) content.length).isEqualTo(pdf.size());
        assertReadsLikeTheSeed(pdfText(content));
        assertReadsLikeTheSeed(docxText(web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get()
                .uri("/api/reports/archives/{report}/versions/1/DOCX", jinchen.projectId() + "-1").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody()));

        ReportRendered rendered = renderedEvent(jinchen.projectId());
        assertThat(rendered.reportId()).isEqualTo(jinchen.projectId() + "-1");
        assertThat(rendered.finalReport()).isTrue();
        assertThat(rendered.evaluationId()).isEqualTo(jinchen.evaluationId());
        assertThat(rendered.files()).extracting(ReportRendered.RenderedFile::sha256)
                .containsExactlyElementsOf(stored.files().stream().map(StoredFile::sha256).toList());
    }

    @Test
    void aDraftIsStoredOnRequestWhileAFinalReportIsRefusedWithEveryMissingPart() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, jinchen.snapshot("DRAFT", 3));
        awaitProject();

        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).post()
                .uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("PDF"), true)).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("report-incomplete")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("评价尚未定稿", "主要绩效"))
                .jsonPath("$.missing[0].zh").isEqualTo("主要绩效")
                .jsonPath("$.missing[0].en").isEqualTo("main achievements");

        RenderJob queued = web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).post()
                .uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("DOCX"), false)).exchange()
                .expectStatus().isAccepted().expectBody(RenderJob.class).returnResult().getResponseBody();
        assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);

        RenderJob done = await().atMost(Duration.ofSeconds(60)).until(() -> job(queued.id()),
                job -> job != null && job.status() == JobStatus.DONE);
        assertThat(done.versionNumber()).isEqualTo(1);
        ReportVersion draft = versions(Tokens.overseer(DemoTenants.PANLONG)).get(0);
        assertThat(draft.finalReport()).isFalse();
        assertThat(draft.files()).extracting(StoredFile::format).containsExactly("DOCX");
    }

    @Test
    void theAuditorReadsButRendersNothingAndAnotherStreetSeesNoReport() throws Exception {
        jinchen.publishProject(kafka);
        awaitProject();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).post()
                .uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("HTML"), false)).exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(60)).until(() -> versions(Tokens.auditor(DemoTenants.PANLONG)), versions -> !versions.isEmpty());
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get()
                .uri("/api/reports/archives/{report}/versions/1/HTML", jinchen.projectId() + "-1").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", ReportFileHeaders.HTML_SANDBOX)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueMatches("Content-Disposition", "attachment;.*");

        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).post().uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("PDF"), false)).exchange().expectStatus().isForbidden();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).post().uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("PDF"), false)).exchange().expectStatus().isNotFound();
        assertThat(versions(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG))).isEmpty();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).get()
                .uri("/api/reports/archives/{report}/versions/1/HTML", jinchen.projectId() + "-1").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheChoices() throws Exception {
        jinchen.publishProject(kafka);
        awaitProject();

        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).post()
                .uri("/api/reports/{id}/renders", jinchen.projectId())
                .bodyValue(new RenderRequest(List.of("ODT"), false)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("unknown-format")
                .jsonPath("$.unknownFormats[0]").isEqualTo("ODT");
    }

    @Test
    void aDraftPreviewIsRenderedOnTheSpotWithoutBeingStored() throws Exception {
        jinchen.publishProject(kafka);
        awaitProject();

        String html = web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/preview/html", jinchen.projectId()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                // sandboxed: the page may show its inline styles and data: charts, and nothing else runs or loads
                .expectHeader().valueEquals("Content-Security-Policy", ReportFileHeaders.HTML_SANDBOX)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueMatches("Content-Disposition", "inline;.*filename\\*=UTF-8''.*\\.html.*")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("项目支出绩效自评报告", "未填写");
        assertThat(html).as("everything the page shows is inline: nothing the sandbox would block")
                .doesNotContain("<script", "<link", "src=\"http", "url(");
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/preview/docx", jinchen.projectId()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment;.*")
                .expectHeader().doesNotExist("Content-Security-Policy");
        assertThat(versions(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN))).isEmpty();
    }

    /**
     * The golden structure, in the text a reader gets out of the file (white space removed, since lines wrap
     * differently in each format): the six headings in order, the figures of the seed, every 年度目标 and every
     * indicator row of the 自评表.
     */
    private static void assertReadsLikeTheSeed(String text) {
        List<String> headings = List.of("一、项目基本情况", "二、绩效评价工作情况", "三、评价结论和绩效分析", "四、成本效益分析",
                "五、主要经验及做法、存在的问题和建议", "六、佐证材料");
        int at = -1;
        for (String heading : headings) {
            int found = text.indexOf(heading, at + 1);
            assertThat(found).as("heading %s after the one before", heading).isGreaterThan(at);
            at = found;
        }
        assertThat(text).contains("200.00万元", "98.00分", "优秀", "项目支出绩效自评表");
        JinchenEvents.ANNUAL_GOALS.forEach(goal -> assertThat(text).contains(compact(goal)));
        for (JinchenEvents.Line line : JinchenEvents.INDICATORS) {
            assertThat(text).as("the form's row of %s", line.name())
                    .contains(compact(line.name()), compact(line.target().text()), compact(line.actual()));
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docxText(byte[] docx) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return compact(extractor.getText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private void awaitProject() {
        await().atMost(Duration.ofSeconds(20)).until(() -> web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/document", jinchen.projectId()).exchange().returnResult(String.class)
                .getStatus().is2xxSuccessful());
    }

    /** The seed's final PDF, with its Regular and Bold subsets embedded, is more than the client's default 256 KB. */
    private static WebTestClient readWhole(WebTestClient client) {
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    private List<ReportVersion> versions(WebTestClientConfigurer who) {
        List<ReportArchive> archives = web.mutateWith(who).get().uri("/api/reports/{id}/archives", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody(ARCHIVES).returnResult().getResponseBody();
        return archives.stream().flatMap(archive -> archive.versions().stream()).toList();
    }

    private RenderJob job(String jobId) {
        List<ReportArchive> archives = web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/archives", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody(ARCHIVES).returnResult().getResponseBody();
        return archives.stream().flatMap(archive -> archive.job(jobId).stream()).findFirst().orElse(null);
    }

    private ReportRendered renderedEvent(String projectId) {
        EventCodec codec = new EventCodec();
        List<ReportRendered> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : reportEvents.poll(Duration.ofMillis(200))) {
                if (projectId.equals(record.key())) {
                    found.add(codec.payloadAs(codec.read(record.value()), ReportEvents.REPORT_RENDERED).payload());
                }
            }
        }
        assertThat(found).as("ReportRendered about project %s", projectId).hasSize(1);
        return found.get(0);
    }
}
