package cn.jixiao.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// generous: the first request verifies a token and opens a route, which takes seconds on a loaded 2-core machine
@AutoConfigureWebTestClient(timeout = "PT30S")
// the browser sessions' store; these requests bring bearer tokens and never touch it
@ContextConfiguration(initializers = InMemoryMongo.class)
class GatewayTest {

    static final FakeKeycloakAndUpstream keycloak = start();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoOperations mongo;

    @DynamicPropertySource
    static void routesAndIssuer(DynamicPropertyRegistry registry) {
        registry.add("jixiao.security.issuers[0].uri", keycloak::issuer);
        registry.add("jixiao.gateway.sign-in.issuer", keycloak::issuer);
        registry.add("PROJECT_SERVICE_URL", keycloak::baseUrl);
        registry.add("REPORT_SERVICE_URL", keycloak::baseUrl);
        // a port that was free a moment ago: the evaluation service is "down"
        registry.add("EVALUATION_SERVICE_URL", () -> "http://localhost:" + closedPort());
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @Test
    void routesAVerifiedRequestAndRelaysTheTokenUnchanged() {
        String token = keycloak.streetEditorToken();
        web.get().uri("/api/projects/p-1?year=2023").headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/projects/p-1?year=2023")
                .jsonPath("$.authorization").isEqualTo("Bearer " + token);
        web.get().uri("/api/reports").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.path").isEqualTo("/api/reports");
    }

    @Test
    void refusesARequestWithoutATokenBeforeRoutingIt() {
        web.get().uri("/api/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized").jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void refusesTokensFromAnUntrustedIssuerWithoutTheApiAudienceOrExpired() {
        List<String> refused = List.of(
                keycloak.token("http://localhost:9/realms/evil", List.of("jixiao-api"), Instant.now().plusSeconds(300)),
                keycloak.token(keycloak.issuer(), List.of("account"), Instant.now().plusSeconds(300)),
                keycloak.token(keycloak.issuer(), List.of("jixiao-api"), Instant.now().minusSeconds(600)),
                "not-a-jwt");
        for (String token : refused) {
            web.get().uri("/api/projects").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void aServiceThatIsDownIsReportedAs503ProblemJson() {
        web.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("服务暂不可用"));
    }

    @Test
    void theSampledReviewsAreServedByEvaluationService() {
        // evaluation-service is down in this test: a 503 (not a 404 no-route) shows the path is routed to it
        web.get().uri("/api/sampled-reviews?year=2023").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isEqualTo(503);
        web.get().uri("/api/sampled-reviews/some-sample/gaps").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void theEvaluationTemplatesAreServedByEvaluationService() {
        // evaluation-service is down in this test: a 503 (not a 404 no-route) shows the path is routed to it
        web.get().uri("/api/templates").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void aPathNoServiceAnswersIs404ProblemJson() {
        web.get().uri("/api/nothing-here").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("no-route");
    }

    @Test
    void everythingTheGatewayServesCarriesTheWorkbenchPolicyUnlessItBringsItsOwn() {
        String token = keycloak.streetEditorToken();
        web.get().uri("/api/projects").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                        + "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self' "
                        + keycloak.baseUrl())
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
        web.get().uri("/api/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("Content-Security-Policy", "default-src 'self'; script-src 'self';.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");

        // report-service's sandbox for report HTML is kept, not replaced by the looser workbench policy
        web.get().uri("/api/reports/sandboxed/preview").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "sandbox; default-src 'none'")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void forwardedHeadersFromAnUntrustedSenderAreDroppedSoNoOneCanClaimHttps() {
        web.get().uri("/api/projects").headers(h -> {
                    h.setBearerAuth(keycloak.streetEditorToken());
                    h.set("X-Forwarded-Proto", "https");
                    h.set("X-Forwarded-Host", "evil.example");
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security")
                // nor is the claim passed on to the service
                .expectBody().jsonPath("$.forwardedProto").isEmpty();
    }

    @Test
    void aBearerRequestLeavesNoSessionBehindNeitherCookieNorStoredSession() {
        String token = keycloak.streetEditorToken();
        for (int i = 0; i < 3; i++) {
            web.get().uri("/api/projects/p-1").headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        }
        assertThat(mongo.getCollection("sessions").flatMap(sessions -> Mono.from(sessions.countDocuments())).block())
                .as("sessions stored").isZero();
    }

    @Test
    void healthIsOpenForProbes() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeKeycloakAndUpstream start() {
        try {
            return new FakeKeycloakAndUpstream();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
