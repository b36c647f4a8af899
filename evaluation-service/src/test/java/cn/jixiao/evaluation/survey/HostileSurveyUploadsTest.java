package cn.jixiao.evaluation.survey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.HostileFiles;
import cn.jixiao.testing.HostileUploadAnswer;
import cn.jixiao.testing.HostileFiles.HostileFile;
import cn.jixiao.testing.HostileUploadsReport;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * evaluation-service's one upload, a survey's response file, against every hostile file: each is refused with
 * problem+json naming what is wrong (the limit, where one was broken), quickly, and the service answers normally
 * afterwards, its survey untouched.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSurveyUploadsTest {

    private static final WebTestClientConfigurer EDITOR = Tokens.streetEditor("yiliang", "kuangyuan");
    @Autowired
    WebTestClient service;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private WebTestClient web;
    private String evaluationId;
    private String surveyId;
    private HostileUploadsReport report;

    @BeforeAll
    void aDraftWithASurvey() throws Exception {
        web = service.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        FedProject project = new FedProject(web, kafka, "yiliang", "kuangyuan").register("HOSTILE-" + System.nanoTime()).feed(50);
        evaluationId = project.awaitEvaluation().id();
        // the fed project's events rescore the draft; a survey defined meanwhile would lose the race for its version
        project.awaitTotal(evaluationId, "100.00");
        surveyId = web.mutateWith(EDITOR).post().uri("/api/evaluations/{e}/surveys", evaluationId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "满意度调查", "indicatorId", FedProject.RESIDENTS, "questions", List.of(
                        Map.of("text", "您对示范街道创建工作的总体满意度"))))
                .exchange().expectStatus().isCreated().expectBody(SurveyView.class).returnResult().getResponseBody().id();
        report = HostileUploadsReport.start("evaluation-service");
    }

    @AfterAll
    void printTheMeasurements() {
        if (report != null) {
            report.print();
        }
    }

    static Stream<HostileFile> files() {
        return HostileFiles.all().stream();
    }

    @ParameterizedTest(name = "survey responses answer {0}")
    @MethodSource("files")
    void aHostileFileIsRefusedQuicklyAndTheServiceStaysHealthy(HostileFile file) {
        HostileUploadAnswer answer = HostileUploadAnswer.of(() -> upload(EDITOR, file));
        report.record(answer.asRefusal(file.name(), "SURVEY_RESPONSES"));

        assertThat(answer.status()).as("answer to %s", file).isIn(file.refusals());
        answer.isABilingualProblem();
        if (file.refusals().equals(HostileFiles.LIMIT_BROKEN)) {
            answer.namesTheLimitBroken();
        }
        answer.cameQuickly();
        theServiceAnswersNormally();
    }

    @Test
    void anUploadIsRefusedToWhoeverMayNotMakeItBeforeAByteOfItIsRead() {
        HostileFile oversized = HostileFiles.oversized();
        upload(Tokens.auditor("yiliang"), oversized).expectStatus().isForbidden();
        upload(Tokens.overseer("yiliang"), oversized).expectStatus().isForbidden();
        upload(Tokens.streetEditor("yiliang", "nanyang"), oversized).expectStatus().isNotFound();
        theServiceAnswersNormally();
    }

    private WebTestClient.ResponseSpec upload(WebTestClientConfigurer user, HostileFile file) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", file.content()).filename(file.fileName()).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return web.mutateWith(user).post().uri("/api/evaluations/{e}/surveys/{s}/responses", evaluationId, surveyId)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private void theServiceAnswersNormally() {
        HostileUploadAnswer.probesAreUp(web);
        web.mutateWith(EDITOR).get().uri("/api/evaluations/{e}/surveys/{s}", evaluationId, surveyId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.counted").isEqualTo(false);
    }
}
