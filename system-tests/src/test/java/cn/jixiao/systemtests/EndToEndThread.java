package cn.jixiao.systemtests;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The thread every other feature builds on, run against a whole platform: real Keycloak tokens, a real
 * Kafka broker, MongoDB-protocol storage, and the four services as separate processes behind the gateway.
 * Subclasses say where that platform comes from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndThread {

    private static final Duration EVENTUAL = Duration.ofSeconds(20);

    private WebTestClient gateway;
    private WebTestClient projectServiceDirect;
    private Logins logins;

    protected abstract Platform platform();

    // after the subclass's @BeforeAll has started the platform
    @BeforeEach
    void clients() {
        gateway = WebTestClient.bindToServer().baseUrl(platform().gatewayUrl()).responseTimeout(Duration.ofSeconds(20)).build();
        projectServiceDirect = WebTestClient.bindToServer().baseUrl(platform().projectServiceUrl()).build();
        logins = new Logins(platform().tokenEndpoint());
    }

    @Test
    void aStreetRegistersAProjectThatReachesEveryServiceAndNoOtherStreet() {
        String jinchen = logins.accessToken("jinchen-editor");
        String code = "MZTJ-" + UUID.randomUUID().toString().substring(0, 8);

        Map<?, ?> created = gateway.post().uri("/api/projects").headers(h -> h.setBearerAuth(jinchen))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "创建全省民族团结进步示范街道专项资金", "year", 2023,
                        "competentDepartment", "昆明市盘龙区人民政府金辰街道办事处",
                        "implementingUnit", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String projectId = (String) created.get("id");
        assertThat(created.get("streetId")).as("qualified by realm and district").isEqualTo("jixiao:panlong:jinchen");
        assertThat(created.get("districtId")).isEqualTo("jixiao:panlong");

        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(jinchen))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("创建全省民族团结进步示范街道专项资金");
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/evaluations?projectId={id}", projectId).headers(h -> h.setBearerAuth(jinchen))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.length()").isEqualTo(1)
                        .jsonPath("$[0].status").isEqualTo("DRAFT")
                        .jsonPath("$[0].projectCode").isEqualTo(code));
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/reports/{id}", projectId).headers(h -> h.setBearerAuth(jinchen))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.projectName").isEqualTo("创建全省民族团结进步示范街道专项资金"));

        String tuodong = logins.accessToken("tuodong-editor");
        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(tuodong))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.get().uri("/api/evaluations?projectId={id}", projectId).headers(h -> h.setBearerAuth(tuodong))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        gateway.get().uri("/api/reports/{id}", projectId).headers(h -> h.setBearerAuth(tuodong))
                .exchange().expectStatus().isNotFound();
        Map<?, ?> tuodongProjects = gateway.get().uri("/api/projects").headers(h -> h.setBearerAuth(tuodong))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) tuodongProjects.get("items")).noneMatch(p -> projectId.equals(((Map<?, ?>) p).get("id")));

        String overseer = logins.accessToken("panlong-overseer");
        gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(overseer))
                .exchange().expectStatus().isOk();
        String auditor = logins.accessToken("panlong-auditor");
        gateway.get().uri("/api/reports/{id}", projectId).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isOk();
    }

    @Test
    void whatAStreetEntersIsScoredByEvaluationServiceAsItChanges() {
        String jinchen = logins.accessToken("jinchen-editor");
        String projectId = enterProjectScoring88(jinchen, "SCORE-" + UUID.randomUUID().toString().substring(0, 8));

        // execution 80,000 ÷ 100,000 = 80.00% → 8.00; activities 8 ÷ 10 × 50 = 40.00; the others full: 8 + 40 + 30 + 10
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(jinchen, projectId), id -> id != null);
        awaitScore88(jinchen, evaluationId);
    }

    @Test
    void anEvaluationIsSubmittedReviewedFinalizedAndHandedInAsAFinalReport() {
        String editor = logins.accessToken("jinchen-editor");
        String projectId = enterProjectScoring88(editor, "FINAL-" + UUID.randomUUID().toString().substring(0, 8));
        describeForTheReport(editor, projectId);
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(editor, projectId), id -> id != null);
        awaitScore88(editor, evaluationId);

        // the street's approver may not submit while the 80% execution rate is unexplained
        String approver = logins.accessToken("jinchen-approver");
        gateway.post().uri("/api/evaluations/{id}/submit", evaluationId).headers(h -> h.setBearerAuth(approver))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", versionOf(editor, evaluationId)))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("执行率"));
        Map<?, ?> step = write(editor, HttpMethod.PUT, "/api/evaluations/" + evaluationId + "/self-assessment", Map.of(
                "version", versionOf(editor, evaluationId), "indicators", List.of(),
                "executionExplanation", "两场主题活动顺延至次年一季度，相应承办费未在年内支付"));
        step = write(approver, HttpMethod.POST, "/api/evaluations/" + evaluationId + "/submit", Map.of("version", step.get("version")));
        assertThat(step.get("status")).isEqualTo("SUBMITTED");

        // the district reviews, sets a 复核分, approves and finalizes; the auditor may read all of it but change nothing
        String overseer = logins.accessToken("panlong-overseer");
        step = write(overseer, HttpMethod.POST, "/api/evaluations/" + evaluationId + "/start-review", Map.of("version", step.get("version")));
        step = write(overseer, HttpMethod.PUT, "/api/evaluations/" + evaluationId + "/review-scores", Map.of(
                "version", step.get("version"), "indicatorId", "activities", "score", new BigDecimal("35.00"),
                "reason", "台账只能证实7次活动"));
        assertThat(((Number) step.get("reviewTotal")).doubleValue()).isEqualTo(83.00);
        step = write(overseer, HttpMethod.POST, "/api/evaluations/" + evaluationId + "/approve", Map.of("version", step.get("version")));
        String auditor = logins.accessToken("panlong-auditor");
        gateway.post().uri("/api/evaluations/{id}/finalize", evaluationId).headers(h -> h.setBearerAuth(auditor))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", step.get("version")))
                .exchange().expectStatus().isForbidden();
        step = write(overseer, HttpMethod.POST, "/api/evaluations/" + evaluationId + "/finalize", Map.of("version", step.get("version")));
        assertThat(step.get("status")).isEqualTo("FINALIZED");
        gateway.get().uri("/api/evaluations/{id}/history", evaluationId).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isOk();

        // report-service renders the final report on its own, from the events alone
        Map<?, ?> version = await().atMost(Duration.ofSeconds(60)).until(() -> finalReportOf(auditor, projectId), found -> found != null);
        List<Object> formats = ((List<?>) version.get("files")).stream()
                .map(file -> (Object) ((Map<?, ?>) file).get("format")).toList();
        assertThat(formats).containsExactly("DOCX", "PDF", "HTML");
        byte[] pdf = gateway.get().uri("/api/reports/archives/{report}/versions/{n}/PDF", projectId + "-1", version.get("number"))
                .headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        gateway.get().uri("/api/reports/archives/{report}/versions/{n}/PDF", projectId + "-1", version.get("number"))
                .headers(h -> h.setBearerAuth(logins.accessToken("tuodong-editor")))
                .exchange().expectStatus().isNotFound();
    }

    /**
     * Issue #15's targets across the services: the street submits its 绩效目标表, the district returns it with a comment,
     * then approves it; approved targets are locked; a 目标调整 approved by the district puts new targets in force,
     * which evaluation-service scores and report-service prints in the 绩效目标表 with the adjustment.
     */
    @Test
    void approvedTargetsAreLockedAndAnApprovedAdjustmentIsWhatIsScoredAndPrinted() {
        String editor = logins.accessToken("jinchen-editor");
        String approver = logins.accessToken("jinchen-approver");
        String overseer = logins.accessToken("panlong-overseer");
        String projectId = enterProjectScoring88(editor, "TARGETS-" + UUID.randomUUID().toString().substring(0, 8));
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(editor, projectId), id -> id != null);
        awaitScore88(editor, evaluationId);
        String targets = "/api/projects/" + projectId + "/targets";

        Map<?, ?> step = read(editor, targets);
        assertThat((List<?>) step.get("findings")).as("the tree passes the checks before submission").isEmpty();
        step = write(approver, HttpMethod.POST, targets + "/submission", Map.of("version", step.get("version")));
        assertThat(step.get("state")).isEqualTo("SUBMITTED");
        step = write(overseer, HttpMethod.POST, targets + "/return", Map.of("version", step.get("version"),
                "comment", "请补充活动次数的取值依据"));
        assertThat(step.get("state")).isEqualTo("RETURNED");
        step = write(approver, HttpMethod.POST, targets + "/submission", Map.of("version", step.get("version")));
        step = write(overseer, HttpMethod.POST, targets + "/approval", Map.of("version", step.get("version")));
        assertThat(step.get("state")).isEqualTo("APPROVED");
        assertThat(step.get("locked")).isEqualTo(true);

        // locked: a new definition is refused, naming the lock
        gateway.put().uri("/api/projects/{id}/indicators", projectId).headers(h -> h.setBearerAuth(editor))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("indicators", List.of(
                        indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥8次", "50"))))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("targets-locked");

        // the 目标调整: eight activities instead of ten, approved by the district
        step = write(editor, HttpMethod.POST, targets + "/adjustments", Map.of("version", step.get("version"),
                "reason", "街道文化活动中心下半年修缮停用，主题活动改为8次", "indicators", List.of(
                        indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥8次", "50"),
                        indicator("participants", "EFFECT", "SOCIAL_BENEFIT", "参与群众人次", "≥1000人次", "30"),
                        indicator("satisfaction", "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", "≥90%", "10"))));
        step = write(overseer, HttpMethod.POST, targets + "/adjustments/approval", Map.of("version", step.get("version")));
        assertThat((List<?>) step.get("adjustments")).hasSize(1);

        // the reported 8 activities now meet the target in force: 8 + 50 + 30 + 10
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/evaluations/{id}/score", evaluationId).headers(h -> h.setBearerAuth(editor))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.total").isEqualTo(98.00));
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/reports/{id}/targets", projectId).headers(h -> h.setBearerAuth(overseer))
                        .exchange().expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.approved").isEqualTo(true)
                        .jsonPath("$.adjustments.length()").isEqualTo(1)
                        .jsonPath("$.adjustments[0].reason").isEqualTo("街道文化活动中心下半年修缮停用，主题活动改为8次")
                        .jsonPath("$.indicators[?(@.name == '开展主题活动次数')].target").isEqualTo("≥8次"));
        byte[] pdf = gateway.get().uri("/api/reports/{id}/targets/pdf", projectId).headers(h -> h.setBearerAuth(editor))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        gateway.get().uri("/api/reports/{id}/targets", projectId).headers(h -> h.setBearerAuth(logins.accessToken("tuodong-editor")))
                .exchange().expectStatus().isNotFound();
    }

    /** A project whose budget, spending, indicators and actuals score 88.00 (良) under the national template. */
    private String enterProjectScoring88(String jinchen, String code) {
        String projectId = registerProject(jinchen, code);
        write(jinchen, HttpMethod.PUT, "/api/projects/" + projectId + "/budget", Map.of(
                "initialBudget", 100000.00,
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", 100000.00, "fullYear", 100000.00)),
                "byClassification", List.of(Map.of("code", "30227", "amount", 100000.00))));
        write(jinchen, HttpMethod.POST, "/api/projects/" + projectId + "/expenditures", Map.of(
                "date", "2023-06-30", "amount", 80000.00, "classificationCode", "30227",
                "payee", "昆明市盘龙区民族文化传播有限公司", "voucherNo", "记-2023-06-001", "summary", "主题活动承办费"));
        Map<?, ?> tree = write(jinchen, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators", Map.of("indicators", List.of(
                indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥10次", "50"),
                indicator("participants", "EFFECT", "SOCIAL_BENEFIT", "参与群众人次", "≥1000人次", "30"),
                indicator("satisfaction", "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", "≥90%", "10"))));
        long version = ((Number) tree.get("version")).longValue();
        for (Map<String, String> actual : List.of(
                Map.of("id", "activities", "actual", "8次", "note", "两场活动顺延至次年"),
                Map.of("id", "participants", "actual", "1200人次", "note", ""),
                Map.of("id", "satisfaction", "actual", "95%", "note", ""))) {
            Map<?, ?> updated = write(jinchen, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators/" + actual.get("id") + "/actual",
                    Map.of("version", version, "actual", actual.get("actual"), "deviationNote", actual.get("note")));
            version = ((Number) updated.get("version")).longValue();
        }
        return projectId;
    }

    private void awaitScore88(String token, String evaluationId) {
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/evaluations/{id}/score", evaluationId).headers(h -> h.setBearerAuth(token))
                        .exchange().expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.total").isEqualTo(88.00)
                        .jsonPath("$.grade").isEqualTo("良"));
    }

    /** What the report prints besides the score: the project's description, one piece of evidence, the street's texts. */
    private void describeForTheReport(String editor, String projectId) {
        Map<?, ?> project = gateway.get().uri("/api/projects/{id}", projectId).headers(h -> h.setBearerAuth(editor))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> details = new HashMap<>();
        details.put("name", "社区民族团结活动经费");
        details.put("competentDepartment", "昆明市盘龙区人民政府金辰街道办事处");
        details.put("implementingUnit", "昆明市盘龙区人民政府金辰街道办事处");
        details.put("fundCategory", "专项资金");
        details.put("fundingSources", List.of("区级财政资金"));
        details.put("overview", "街道各社区全年开展民族团结主题活动。");
        details.put("overallGoal", "促进各民族交往交流交融。");
        details.put("annualGoals", List.of("开展主题活动不少于10次。", "参与群众不少于1000人次。"));
        details.put("status", "REGISTERED");
        write(editor, HttpMethod.PUT, "/api/projects/" + projectId, Map.of("version", project.get("version"), "details", details));

        MultipartBodyBuilder evidence = new MultipartBodyBuilder();
        evidence.part("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .filename("活动台账.pdf").contentType(MediaType.APPLICATION_PDF);
        evidence.part("type", "BASE_DATA");
        evidence.part("title", "活动台账");
        gateway.post().uri("/api/projects/{id}/evidence", projectId).headers(h -> h.setBearerAuth(editor))
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(evidence.build())
                .exchange().expectStatus().isCreated();

        Map<String, String> texts = new LinkedHashMap<>();
        for (String part : List.of("purpose", "planning", "principlesAndMethods", "implementation", "mainAchievements",
                "performanceAnalysis", "goalsAchieved", "experience", "problems", "suggestions")) {
            texts.put(part, "（" + part + "）按工作方案如实填写。");
        }
        Map<String, Object> update = new HashMap<>();
        update.put("version", null);
        update.put("texts", texts);
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.put().uri("/api/reports/{id}/rounds/1/texts", projectId).headers(h -> h.setBearerAuth(editor))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(update)
                        .exchange().expectStatus().isOk());
    }

    private Object versionOf(String token, String evaluationId) {
        return gateway.get().uri("/api/evaluations/{id}", evaluationId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("version");
    }

    /** The stored final report version, {@code null} while none; a failed render fails the test with its reason. */
    private Map<?, ?> finalReportOf(String token, String projectId) {
        List<?> archives = gateway.get().uri("/api/reports/{id}/archives", projectId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        for (Object archive : archives) {
            for (Object job : (List<?>) ((Map<?, ?>) archive).get("jobs")) {
                assertThat(((Map<?, ?>) job).get("status")).as("render job, failed because: %s", ((Map<?, ?>) job).get("reason"))
                        .isNotEqualTo("FAILED");
            }
            for (Object version : (List<?>) ((Map<?, ?>) archive).get("versions")) {
                if (Boolean.TRUE.equals(((Map<?, ?>) version).get("finalReport"))) {
                    return (Map<?, ?>) version;
                }
            }
        }
        return null;
    }

    private String registerProject(String token, String code) {
        return (String) write(token, HttpMethod.POST, "/api/projects", Map.of("code", code, "name", "社区民族团结活动经费",
                "year", 2023, "competentDepartment", "昆明市盘龙区人民政府金辰街道办事处",
                "implementingUnit", "昆明市盘龙区人民政府金辰街道办事处")).get("id");
    }

    private Map<?, ?> write(String token, HttpMethod method, String path, Object body) {
        return gateway.method(method).uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().is2xxSuccessful()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> read(String token, String path) {
        return gateway.get().uri(path).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String evaluationIdOf(String token, String projectId) {
        List<?> evaluations = gateway.get().uri("/api/evaluations?projectId={id}", projectId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return evaluations.isEmpty() ? null : (String) ((Map<?, ?>) evaluations.get(0)).get("id");
    }

    private static Map<String, Object> indicator(String id, String category, String dimension, String name, String target,
                                                 String weight) {
        return Map.of("id", id, "category", category, "dimension", dimension, "name", name, "target", target,
                "direction", "POSITIVE", "weight", new BigDecimal(weight), "dataSource", "活动台账");
    }

    @Test
    void readersCannotWriteAndAnAdminWithoutAStreetSeesNoData() {
        String auditor = logins.accessToken("panlong-auditor");
        gateway.post().uri("/api/projects").headers(h -> h.setBearerAuth(auditor))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "AUD-1", "name", "审计不能登记", "year", 2023,
                        "competentDepartment", "盘龙区", "implementingUnit", "盘龙区"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String admin = logins.accessToken("platform-admin");
        gateway.get().uri("/api/projects").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void withoutAValidTokenNothingIsAnsweredNeitherAtTheGatewayNorAtAService() {
        gateway.get().uri("/api/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.traceId").isNotEmpty();
        projectServiceDirect.get().uri("/api/projects").exchange().expectStatus().isUnauthorized();

        String token = logins.accessToken("jinchen-editor");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        gateway.get().uri("/api/projects").headers(h -> h.setBearerAuth(tampered)).exchange().expectStatus().isUnauthorized();
        projectServiceDirect.get().uri("/api/projects").headers(h -> h.setBearerAuth(tampered)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void badInputIsAnsweredWithProblemJsonNamingTheField() {
        String jinchen = logins.accessToken("jinchen-editor");
        gateway.post().uri("/api/projects").headers(h -> h.setBearerAuth(jinchen))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\": \"X-1\", \"name\": \"名称\", \"year\": \"明年\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        gateway.post().uri("/api/projects").headers(h -> h.setBearerAuth(jinchen))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "X-2", "name", " ", "year", 2023,
                        "competentDepartment", "金辰街道办事处", "implementingUnit", "金辰街道办事处"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.traceId").isNotEmpty();
    }
}
