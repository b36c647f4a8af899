package cn.jixiao.project.uploads;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.HostileFiles;
import cn.jixiao.testing.HostileUploadAnswer;
import cn.jixiao.testing.HostileFiles.HostileFile;
import cn.jixiao.testing.HostileUploadsReport;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every upload endpoint of project-service against every hostile file: each is refused with problem+json naming
 * what is wrong (the limit, where one was broken), quickly, and the service answers normally afterwards. The
 * evidence list stores files without ever opening them, so a well-formed ZIP there may be stored instead.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadsTest {

    private static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");
    @Autowired
    WebTestClient service;

    private WebTestClient web;
    private String project;
    private HostileUploadsReport report;

    /** The three ways a file enters project-service. */
    enum Endpoint {
        LEDGER_IMPORT("/api/projects/{id}/expenditures/import", true, true),
        ACTUALS_IMPORT("/api/projects/{id}/indicators/actuals", true, false),
        EVIDENCE("/api/projects/{id}/evidence", false, false);

        final String path;
        final boolean opensTheFile;
        final boolean takesCsv;

        Endpoint(String path, boolean opensTheFile, boolean takesCsv) {
            this.path = path;
            this.opensTheFile = opensTheFile;
            this.takesCsv = takesCsv;
        }

        boolean takes(HostileFile file) {
            return file.isWorkbook() || takesCsv;
        }

        /** The answers this endpoint may give the file. */
        Set<Integer> answers(HostileFile file) {
            Set<Integer> answers = new HashSet<>(takes(file) ? file.refusals() : HostileFiles.NOT_THIS_KIND);
            if (!opensTheFile && file.refusals().equals(HostileFiles.LIMIT_BROKEN)) {
                answers.add(201);
                answers.add(415);
            }
            return answers;
        }
    }

    @BeforeAll
    void aProjectWithItsIndicators() {
        web = service.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        project = web.mutateWith(JINCHEN).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("HOSTILE-" + UUID.randomUUID().toString().substring(0, 8),
                        "创建全省民族团结进步示范街道专项资金", 2023, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/indicators", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(JinchenIndicators.definition()).exchange().expectStatus().isOk();
        report = HostileUploadsReport.start("project-service");
    }

    @AfterAll
    void printTheMeasurements() {
        if (report != null) {
            report.print();
        }
    }

    static Stream<Arguments> filesAndEndpoints() {
        return HostileFiles.all().stream().flatMap(file -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(file, endpoint)));
    }

    @ParameterizedTest(name = "{1} answers {0}")
    @MethodSource("filesAndEndpoints")
    void aHostileFileIsRefusedQuicklyAndTheServiceStaysHealthy(HostileFile file, Endpoint endpoint) {
        HostileUploadAnswer answer = HostileUploadAnswer.of(() -> upload(JINCHEN, endpoint, file));
        report.record(answer.asRefusal(file.name(), endpoint.name()));

        assertThat(answer.status()).as("answer to %s", file).isIn(endpoint.answers(file));
        if (answer.status() >= 400) {
            answer.isABilingualProblem();
        }
        if (endpoint.opensTheFile && endpoint.takes(file) && file.refusals().equals(HostileFiles.LIMIT_BROKEN)) {
            answer.namesTheLimitBroken();
        }
        answer.cameQuickly();
        theServiceAnswersNormally();
    }

    @Test
    void anUploadIsRefusedToWhoeverMayNotMakeItBeforeAByteOfItIsRead() {
        HostileFile oversized = HostileFiles.oversized();
        for (Endpoint endpoint : Endpoint.values()) {
            upload(Tokens.auditor("panlong"), endpoint, oversized).expectStatus().isForbidden();
            upload(Tokens.streetEditor("panlong", "tuodong"), endpoint, oversized).expectStatus().isNotFound();
        }
        theServiceAnswersNormally();
    }

    private WebTestClient.ResponseSpec upload(WebTestClientConfigurer user, Endpoint endpoint, HostileFile file) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", file.content()).filename(file.fileName()).contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (endpoint == Endpoint.EVIDENCE) {
            form.part("type", "OTHER");
            form.part("title", file.name());
        }
        return web.mutateWith(user).post().uri(endpoint.path, project)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private void theServiceAnswersNormally() {
        HostileUploadAnswer.probesAreUp(web);
        web.mutateWith(JINCHEN).get().uri("/api/projects/{id}/indicators", project).exchange().expectStatus().isOk();
        web.mutateWith(JINCHEN).get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk();
    }
}
