package cn.jixiao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The thread every other feature builds on, run against a whole platform: real Keycloak tokens, a real
 * Kafka broker, MongoDB-protocol storage, and the four services as separate processes behind the gateway.
 * Subclasses say where that platform comes from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndThread {

    private static final Duration EVENTUAL = Duration.ofSeconds(20);
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /**
     * Issue #15's year, one project through every stage across the services: its targets approved; a monitoring
     * round whose one red line, spending behind the plan, is explained before the form may go in; the self-evaluation
     * with a 复核 deduction; that deduction a 整改 item, answered by the street and confirmed by the district; and next
     * year's project of the same code showing last year's items, the monitoring red line's still open.
     */
    @Test
    void aProjectsYearRunsFromApprovedTargetsThroughMonitoringAndReviewToRectificationShownNextYear() {
        String editor = logins.accessToken("jinchen-editor");
        String approver = logins.accessToken("jinchen-approver");
        String overseer = logins.accessToken("panlong-overseer");
        String code = "YEAR-" + UUID.randomUUID().toString().substring(0, 8);

        // 年初: the budget, a payment in March and one in September, the targets submitted and approved
        String projectId = registerWithBudgetOf100000(editor, code, 2023);
        spend(editor, projectId, "2023-03-20", "20000.00", "记-2023-03-001", "主题活动场地布置费");
        spend(editor, projectId, "2023-09-15", "60000.00", "记-2023-09-001", "主题活动承办费");
        defineIndicatorsOfTenActivities(editor, projectId);
        String targets = "/api/projects/" + projectId + "/targets";
        Map<?, ?> step = write(approver, HttpMethod.POST, targets + "/submission", Map.of("version", read(editor, targets).get("version")));
        step = write(overseer, HttpMethod.POST, targets + "/approval", Map.of("version", step.get("version")));
        assertThat(step.get("state")).isEqualTo("APPROVED");

        // 年中: the district's round as of 30 June; the form comes prefilled with what the ledger held by then
        String roundName = "2023年年中绩效监控 " + code;
        String roundId = (String) write(overseer, HttpMethod.POST, "/api/monitoring/rounds",
                Map.of("name", roundName, "asOf", "2023-06-30", "dueDate", "2023-07-31")).get("id");
        String monitoring = "/api/projects/" + projectId + "/monitoring/" + roundId;
        Map<?, ?> form = readExactly(editor, monitoring);
        assertThat(form.get("state")).isEqualTo("NOT_STARTED");
        assertThat(form.get("targetsState")).as("the lines show the approved targets").isEqualTo("APPROVED");
        Map<?, ?> spending = (Map<?, ?>) ((Map<?, ?>) form.get("lines")).get("spending");
        assertThat(spending.get("executed")).as("the March payment only").isEqualTo(new BigDecimal("20000.00"));
        assertThat(spending.get("fullYearBudget")).isEqualTo(new BigDecimal("100000.00"));
        assertThat(spending.get("executionRate")).isEqualTo(new BigDecimal("20.00"));
        assertThat(spending.get("plan")).isEqualTo("LINEAR");
        assertThat(spending.get("plannedPercent")).as("6 ÷ 12").isEqualTo(new BigDecimal("50.00"));
        assertThat(spending.get("behindPoints")).isEqualTo(new BigDecimal("30.00"));
        assertThat(spending.get("light")).as("30 points behind, more than twice the default 10").isEqualTo("RED");
        assertThat((List<?>) ((Map<?, ?>) form.get("lines")).get("indicators"))
                .extracting(line -> ((Map<?, ?>) line).get("indicatorId"), line -> ((Map<?, ?>) line).get("target"))
                .containsExactly(tuple("activities", "≥10次"), tuple("participants", "≥1000人次"), tuple("satisfaction", "≥90%"));

        // the indicators are on course; the spending line alone is red, and may not go in unexplained
        List<Map<String, String>> progress = List.of(
                Map.of("indicatorId", "activities", "progress", "4次", "expected", "10次"),
                Map.of("indicatorId", "participants", "progress", "450人次", "expected", "1200人次"),
                Map.of("indicatorId", "satisfaction", "progress", "未开展调查", "expected", "95%"));
        Map<String, Object> fill = new HashMap<>();
        fill.put("version", null);
        fill.put("spending", Map.of());
        fill.put("indicators", progress);
        form = write(editor, HttpMethod.PUT, monitoring, fill);
        assertThat(form.get("redLines")).isEqualTo(1);
        assertThat(form.get("yellowLines")).isEqualTo(0);
        assertThat(form.get("submittable")).isEqualTo(false);
        gateway.post().uri(monitoring + "/submission").headers(h -> h.setBearerAuth(approver))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", form.get("version")))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("monitoring-deviations-unexplained")
                .jsonPath("$.missing.length()").isEqualTo(2)
                .jsonPath("$.missing[0].line").isEqualTo("spending")
                .jsonPath("$.missing[0].field").isEqualTo("cause")
                .jsonPath("$.missing[1].field").isEqualTo("measure");
        String cause = "主题活动集中安排在下半年，承办费9月结算";
        String measure = "9月底前完成承办费支付，按月报送支出进度";
        fill.put("version", form.get("version"));
        fill.put("spending", Map.of("cause", cause, "measure", measure));
        form = write(editor, HttpMethod.PUT, monitoring, fill);
        assertThat(form.get("submittable")).isEqualTo(true);
        form = write(approver, HttpMethod.POST, monitoring + "/submission", Map.of("version", form.get("version")));
        assertThat(form.get("state")).isEqualTo("SUBMITTED");
        form = write(overseer, HttpMethod.POST, monitoring + "/approval", Map.of("version", form.get("version")));
        assertThat(form.get("state")).isEqualTo("APPROVED");

        // 年末: the actuals, the self-evaluation explained and submitted; the district deducts five points at review
        Map<?, ?> tree = read(editor, "/api/projects/" + projectId + "/indicators");
        reportActualsScoring88(editor, projectId, ((Number) tree.get("version")).longValue());
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(editor, projectId), id -> id != null);
        awaitScore88(editor, evaluationId);
        String evaluation = "/api/evaluations/" + evaluationId;
        step = write(editor, HttpMethod.PUT, evaluation + "/self-assessment", Map.of(
                "version", versionOf(editor, evaluationId), "indicators", List.of(),
                "executionExplanation", "两场主题活动顺延至次年一季度，相应承办费未在年内支付"));
        step = write(approver, HttpMethod.POST, evaluation + "/submit", Map.of("version", step.get("version")));
        step = write(overseer, HttpMethod.POST, evaluation + "/start-review", Map.of("version", step.get("version")));
        step = write(overseer, HttpMethod.PUT, evaluation + "/review-scores", Map.of("version", step.get("version"),
                "indicatorId", "activities", "score", new BigDecimal("35.00"), "reason", "台账只能证实7次活动"));
        step = write(overseer, HttpMethod.POST, evaluation + "/approve", Map.of("version", step.get("version")));
        step = write(overseer, HttpMethod.POST, evaluation + "/finalize", Map.of("version", step.get("version")));
        assertThat(step.get("status")).isEqualTo("FINALIZED");

        // 整改: the red line opened its item when the district approved the form; the deduction its own, through the events
        String rectifications = "/api/projects/" + projectId + "/rectifications";
        Map<String, Object> deduction = await().atMost(EVENTUAL).until(
                () -> itemFrom(read(editor, rectifications).get("items"), "REVIEW_DEDUCTION"), found -> found != null);
        assertThat(deduction.get("finding")).isEqualTo("复核扣分：开展主题活动次数 自评 40.00 分，复核 35.00 分。复核理由：台账只能证实7次活动");
        assertThat(deduction.get("sourceLabel")).isEqualTo("复核扣分");
        assertThat(deduction.get("reference")).isEqualTo(evaluationId + "/activities");
        assertThat(deduction.get("state")).isEqualTo("OPEN");
        assertThat(deduction.get("streetId")).isEqualTo("jixiao:panlong:jinchen");
        List<?> items = (List<?>) read(editor, rectifications).get("items");
        assertThat(items).as("the red line and the deduction, nothing else").hasSize(2);
        Map<String, Object> redLine = itemFrom(items, "MONITORING_RED");
        assertThat(redLine.get("finding")).isEqualTo("绩效监控红灯（" + roundName + "）：支出进度 执行率 20.00%，计划 50.00%。偏差原因："
                + cause + "；纠偏措施：" + measure);
        assertThat(redLine.get("reference")).isEqualTo(roundId + "/spending");
        assertThat(redLine.get("state")).isEqualTo("OPEN");

        // the street answers the deduction with its measures and the evidence; the district confirms
        String evidenceId = attachEvidence(editor, projectId, "活动签到表（7次）.pdf", "活动签到表");
        String deductionPath = rectifications + "/" + deduction.get("id");
        Map<?, ?> answered = write(editor, HttpMethod.POST, deductionPath + "/answer", Map.of("version", deduction.get("version"),
                "measures", "补齐活动签到表和影像资料，建立活动台账月报制度", "evidenceIds", List.of(evidenceId)));
        assertThat(answered.get("state")).isEqualTo("MEASURES_SUBMITTED");
        Map<?, ?> confirmed = write(overseer, HttpMethod.POST, deductionPath + "/confirmation", Map.of("version", answered.get("version"),
                "comment", "整改到位"));
        assertThat(confirmed.get("state")).isEqualTo("CONFIRMED");

        // 次年: the same code registered for 2024 shows 2023's items, confirmed and still open
        String nextYear = registerProject(editor, code, 2024);
        Map<?, ?> next = read(editor, "/api/projects/" + nextYear + "/rectifications");
        assertThat((List<?>) next.get("items")).isEmpty();
        List<?> carried = (List<?>) next.get("carriedOver");
        assertThat(carried).hasSize(2);
        assertThat(itemFrom(carried, "REVIEW_DEDUCTION"))
                .containsEntry("id", deduction.get("id"))
                .containsEntry("year", 2023)
                .containsEntry("projectCode", code)
                .containsEntry("state", "CONFIRMED")
                .containsEntry("measures", "补齐活动签到表和影像资料，建立活动台账月报制度")
                .containsEntry("evidenceIds", List.of(evidenceId))
                .containsEntry("comment", "整改到位");
        assertThat(itemFrom(carried, "MONITORING_RED"))
                .containsEntry("id", redLine.get("id"))
                .containsEntry("sourceLabel", "绩效监控红灯")
                .containsEntry("state", "OPEN");
    }

    /** The one item of that source among these, {@code null} while there is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> itemFrom(Object items, String source) {
        List<Map<String, Object>> found = ((List<?>) items).stream().map(item -> (Map<String, Object>) item)
                .filter(item -> source.equals(item.get("source"))).toList();
        assertThat(found).as("items from %s", source).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A project whose budget, spending, indicators and actuals score 88.00 (良) under the national template. */
    private String enterProjectScoring88(String jinchen, String code) {
        String projectId = registerWithBudgetOf100000(jinchen, code, 2023);
        spend(jinchen, projectId, "2023-06-30", "80000.00", "记-2023-06-001", "主题活动承办费");
        long version = defineIndicatorsOfTenActivities(jinchen, projectId);
        reportActualsScoring88(jinchen, projectId, version);
        return projectId;
    }

    /** Registered for the year with a full-year budget of 100,000.00 元 from this year's appropriation. */
    private String registerWithBudgetOf100000(String token, String code, int year) {
        String projectId = registerProject(token, code, year);
        BigDecimal budget = new BigDecimal("100000.00");
        write(token, HttpMethod.PUT, "/api/projects/" + projectId + "/budget", Map.of(
                "initialBudget", budget,
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", budget, "fullYear", budget)),
                "byClassification", List.of(Map.of("code", "30227", "amount", budget))));
        return projectId;
    }

    /** One payment in the project's spending ledger. */
    private void spend(String token, String projectId, String date, String amount, String voucherNo, String summary) {
        write(token, HttpMethod.POST, "/api/projects/" + projectId + "/expenditures", Map.of(
                "date", date, "amount", new BigDecimal(amount), "classificationCode", "30227",
                "payee", "昆明市盘龙区民族文化传播有限公司", "voucherNo", voucherNo, "summary", summary));
    }

    /** Ten activities (50), 1,000 participants (30), 90 % satisfied (10): the tree's version after the definition. */
    private long defineIndicatorsOfTenActivities(String token, String projectId) {
        Map<?, ?> tree = write(token, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators", Map.of("indicators", List.of(
                indicator("activities", "OUTPUT", "QUANTITY", "开展主题活动次数", "≥10次", "50"),
                indicator("participants", "EFFECT", "SOCIAL_BENEFIT", "参与群众人次", "≥1000人次", "30"),
                indicator("satisfaction", "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", "≥90%", "10"))));
        return ((Number) tree.get("version")).longValue();
    }

    /** 8 of 10 activities, 1,200 participants, 95 % satisfied: with 80 % of the budget spent, 88.00. */
    private void reportActualsScoring88(String token, String projectId, long treeVersion) {
        long version = treeVersion;
        for (Map<String, String> actual : List.of(
                Map.of("id", "activities", "actual", "8次", "note", "两场活动顺延至次年"),
                Map.of("id", "participants", "actual", "1200人次", "note", ""),
                Map.of("id", "satisfaction", "actual", "95%", "note", ""))) {
            Map<?, ?> updated = write(token, HttpMethod.PUT, "/api/projects/" + projectId + "/indicators/" + actual.get("id") + "/actual",
                    Map.of("version", version, "actual", actual.get("actual"), "deviationNote", actual.get("note")));
            version = ((Number) updated.get("version")).longValue();
        }
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

        attachEvidence(editor, projectId, "活动台账.pdf", "活动台账");

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

    /** A one-page PDF in the project's evidence register (基础数据表): its id. */
    private String attachEvidence(String editor, String projectId, String filename, String title) {
        MultipartBodyBuilder evidence = new MultipartBodyBuilder();
        evidence.part("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .filename(filename).contentType(MediaType.APPLICATION_PDF);
        evidence.part("type", "BASE_DATA");
        evidence.part("title", title);
        return (String) gateway.post().uri("/api/projects/{id}/evidence", projectId).headers(h -> h.setBearerAuth(editor))
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(evidence.build())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("evidenceId");
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

    private String registerProject(String token, String code, int year) {
        return (String) write(token, HttpMethod.POST, "/api/projects", Map.of("code", code, "name", "社区民族团结活动经费",
                "year", year, "competentDepartment", "昆明市盘龙区人民政府金辰街道办事处",
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

    /** As {@link #read}, with every decimal as the exact {@link BigDecimal} sent, scale and all (20000.00, not 20000.0). */
    private Map<?, ?> readExactly(String token, String path) {
        byte[] body = gateway.get().uri(path).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try {
            return EXACT.readValue(body, Map.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
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
