package cn.jixiao.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
        assertThat(created.get("streetId")).isEqualTo("jinchen");
        assertThat(created.get("districtId")).isEqualTo("panlong");

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
        String projectId = registerProject(jinchen, "SCORE-" + UUID.randomUUID().toString().substring(0, 8));
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

        // execution 80,000 ÷ 100,000 = 80.00% → 8.00; activities 8 ÷ 10 × 50 = 40.00; the others full: 8 + 40 + 30 + 10
        String evaluationId = await().atMost(EVENTUAL).until(() -> evaluationIdOf(jinchen, projectId), id -> id != null);
        await().atMost(EVENTUAL).untilAsserted(() ->
                gateway.get().uri("/api/evaluations/{id}/score", evaluationId).headers(h -> h.setBearerAuth(jinchen))
                        .exchange().expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.total").isEqualTo(88.00)
                        .jsonPath("$.grade").isEqualTo("良"));
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
