package cn.jixiao.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.contracts.evaluation.SurveyAnalysis;
import cn.jixiao.evaluation.questionnaire.ResponseFilesTest;
import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street enters the satisfaction surveys of its draft; each survey's rate becomes the 实际完成值 of its
 * indicator and the draft is rescored at once. The project scores 100.00 with the satisfaction actuals typed in
 * project-service (95%), so every change of the total is the surveys' doing.
 */
@ServiceTest
class SurveyApiTest {

    static final WebTestClientConfigurer EDITOR = Tokens.streetEditor("yiliang", "kuangyuan");
    static final String OVERALL = "您对示范街道创建工作的总体满意度";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private FedProject project;
    private String evaluationId;

    @BeforeEach
    void aDraftScoredFromTheTypedActuals() throws Exception {
        project = new FedProject(web, kafka, "yiliang", "kuangyuan").register("SURVEY-" + System.nanoTime()).feed(50);
        evaluationId = project.awaitEvaluation().id();
        project.awaitTotal(evaluationId, "100.00");
    }

    @Test
    void anImportedXlsxFileGivesTheRateThatRescoresTheDraft() throws Exception {
        String surveyId = define(FedProject.RESIDENTS);
        byte[] xlsx = ResponseFilesTest.workbook(sheet -> {
            String[][] rows = {{"序号", OVERALL, "您对主题活动的满意度"}, {"1", "非常满意", "满意"}, {"2", "满意", "满意"},
                    {"3", "满意", "一般"}, {"4", "一般", "不满意"}, {"5", "", "满意"}, {"6", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        });

        SurveyView imported = upload(surveyId, "residents.xlsx", xlsx).expectStatus().isOk()
                .expectBody(SurveyView.class).returnResult().getResponseBody();

        assertThat(imported.respondents()).isEqualTo(5);
        assertThat(imported.invalidRespondents()).isEqualTo(1);
        assertThat(imported.rateExplanation()).isEqualTo("满意度 = 满意人数 3 ÷ 有效问卷 4 = 75.00%");
        assertThat(imported.rowProblems()).singleElement().satisfies(problem -> assertThat(problem.row()).isEqualTo(6));
        assertThat(imported.source()).isEqualTo("residents.xlsx");
        SurveyAnalysis analysis = imported.analysis();
        assertThat(analysis.indicatorId()).isEqualTo(FedProject.RESIDENTS);
        assertThat(analysis.satisfactionPercent()).isEqualByComparingTo("75.00");
        assertThat(analysis.questions().get(1).answers()).extracting(SurveyAnalysis.AnswerCount::count)
                .containsExactly(0L, 2L, 1L, 1L, 0L);

        FedProject.Score rescored = project.awaitTotal(evaluationId, "99.17");
        assertThat(rescored.scoreOf(FedProject.RESIDENTS)).isEqualByComparingTo("4.17");
        assertThat(rescored.explanationOf(FedProject.RESIDENTS)).contains("75");

        project.reportActuals(45, "99", 2);
        assertThat(project.awaitTotal(evaluationId, "94.17").scoreOf(FedProject.RESIDENTS))
                .as("a later typed actual does not override the survey").isEqualByComparingTo("4.17");
    }

    @Test
    void aCsvFileAndEnteredCountsFeedTheirIndicators() {
        String merchants = define(FedProject.MERCHANTS);
        String csv = "1,第2题\r\n满意,满意\r\n不满意,一般\r\n\"一般\r\n";
        upload(merchants, "merchants.csv", csv.getBytes(StandardCharsets.UTF_8)).expectStatus().isOk()
                .expectBody().jsonPath("$.rateExplanation").isEqualTo("满意度 = 满意人数 1 ÷ 有效问卷 2 = 50.00%")
                .jsonPath("$.invalidRespondents").isEqualTo(1);
        assertThat(project.awaitTotal(evaluationId, "97.78").scoreOf(FedProject.MERCHANTS)).isEqualByComparingTo("2.78");

        String residents = define(FedProject.RESIDENTS);
        web.mutateWith(EDITOR).put().uri("/api/evaluations/{e}/surveys/{s}/counts", evaluationId, residents)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questions", List.of(Map.of("number", 1,
                        "counts", Map.of("非常满意", 150, "满意", 30, "一般", 20))), "invalidRespondents", 4))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rateExplanation").isEqualTo("满意度 = 满意人数 180 ÷ 有效问卷 200 = 90.00%")
                .jsonPath("$.respondents").isEqualTo(204)
                .jsonPath("$.source").isEqualTo("汇总录入");
        assertThat(project.awaitTotal(evaluationId, "97.78").scoreOf(FedProject.RESIDENTS)).isEqualByComparingTo("5.00");

        assertThat(web.mutateWith(Tokens.auditor("yiliang")).get().uri("/api/evaluations/{e}/surveys", evaluationId)
                .exchange().expectStatus().isOk().expectBodyList(SurveyView.class).returnResult().getResponseBody())
                .extracting(view -> view.analysis().satisfactionPercent().toPlainString()).containsExactly("50.00", "90.00");
    }

    @Test
    void aFileWithNoRecognizableColumnIsRefusedAndChangesNothing() {
        String surveyId = define(FedProject.RESIDENTS);

        upload(surveyId, "wrong.csv", "姓名,电话\r\n张三,123\r\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-survey")
                .jsonPath("$.problems[0]").value(problem -> assertThat((String) problem).contains("没有可识别的题目列"));
        web.mutateWith(EDITOR).get().uri("/api/evaluations/{e}/surveys/{s}", evaluationId, surveyId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.counted").isEqualTo(false);
    }

    @Test
    void aSurveyFeedsOneSatisfactionIndicatorOnly() {
        define(FedProject.RESIDENTS);
        defineAs(EDITOR, FedProject.RESIDENTS).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("survey-exists");
        defineAs(EDITOR, FedProject.ACTIVITIES).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0]").value(problem -> assertThat((String) problem).contains("不是满意度指标"));
        defineAs(EDITOR, "no-such-indicator").expectStatus().isEqualTo(422);
    }

    @Test
    void overseersAndAuditorsReadButOnlyTheStreetsEditorsWrite() {
        String surveyId = define(FedProject.RESIDENTS);

        for (WebTestClientConfigurer reader : List.of(Tokens.overseer("yiliang"), Tokens.auditor("yiliang"))) {
            web.mutateWith(reader).get().uri("/api/evaluations/{e}/surveys/{s}", evaluationId, surveyId).exchange()
                    .expectStatus().isOk();
            defineAs(reader, FedProject.MERCHANTS).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        WebTestClientConfigurer otherStreet = Tokens.streetEditor("yiliang", "nanyang");
        web.mutateWith(otherStreet).get().uri("/api/evaluations/{e}/surveys", evaluationId).exchange()
                .expectStatus().isNotFound();
        defineAs(otherStreet, FedProject.MERCHANTS).expectStatus().isNotFound();
    }

    @Test
    void everySurveyEndpointIsDocumentedInChineseAndEnglish() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/evaluations/{evaluationId}/surveys'].post.summary").value(summary ->
                        assertThat((String) summary).contains("设计调查问卷").contains("define a questionnaire"))
                .jsonPath("$.paths['/api/evaluations/{evaluationId}/surveys/{surveyId}/responses'].post.summary")
                .value(summary -> assertThat((String) summary).contains("XLSX").contains("导入答卷"))
                .jsonPath("$.paths['/api/evaluations/{evaluationId}/surveys/{surveyId}/counts'].put").exists()
                .jsonPath("$.components.schemas.DefineSurvey.properties.decidingQuestion.description").value(description ->
                        assertThat((String) description).contains("决定是否满意").contains("decides"));
    }

    private String define(String indicatorId) {
        return defineAs(EDITOR, indicatorId).expectStatus().isCreated().expectBody(SurveyView.class).returnResult()
                .getResponseBody().id();
    }

    private WebTestClient.ResponseSpec defineAs(WebTestClientConfigurer user, String indicatorId) {
        return web.mutateWith(user).post().uri("/api/evaluations/{e}/surveys", evaluationId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "满意度调查", "indicatorId", indicatorId, "questions", List.of(
                        Map.of("text", OVERALL), Map.of("text", "您对主题活动的满意度"))))
                .exchange();
    }

    private WebTestClient.ResponseSpec upload(String surveyId, String fileName, byte[] content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", content).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return web.mutateWith(EDITOR).post().uri("/api/evaluations/{e}/surveys/{s}/responses", evaluationId, surveyId)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }
}
