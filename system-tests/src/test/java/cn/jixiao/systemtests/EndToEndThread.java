package cn.jixiao.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
