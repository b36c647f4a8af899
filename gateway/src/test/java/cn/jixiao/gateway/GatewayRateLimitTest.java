package cn.jixiao.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's limits with small buckets (5 per user, 8 per street, refilling one an hour, so the test never
 * sees a refill): the request after a burst gets 429 problem+json with Retry-After, and nobody else pays for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.gateway.rate-limit.per-user.burst=5", "jixiao.gateway.rate-limit.per-user.rate=1",
        "jixiao.gateway.rate-limit.per-user.period=1h",
        "jixiao.gateway.rate-limit.per-tenant.burst=8", "jixiao.gateway.rate-limit.per-tenant.rate=1",
        "jixiao.gateway.rate-limit.per-tenant.period=1h"})
@AutoConfigureWebTestClient(timeout = "PT30S")
// the browser sessions' store
@ContextConfiguration(initializers = InMemoryMongo.class)
class GatewayRateLimitTest {

    static final FakeKeycloakAndUpstream keycloak = start();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void routesAndIssuer(DynamicPropertyRegistry registry) {
        FakeKeycloakAndUpstream.configure(registry, keycloak);
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @Test
    void theRequestAfterAUsersBurstIsRefusedWith429AndRetryAfterWhileOtherUsersGoOn() {
        String jinchenEditor = keycloak.userToken("jinchen-editor-1", "jinchen-editor", "/panlong/jinchen", "street-editor");
        String jinchenApprover = keycloak.userToken("jinchen-approver-1", "jinchen-approver", "/panlong/jinchen", "street-approver");
        String tuodongEditor = keycloak.userToken("tuodong-editor-1", "tuodong-editor", "/panlong/tuodong", "street-editor");
        String overseer = keycloak.userToken("panlong-overseer-1", "panlong-overseer", "/panlong", "district-overseer");

        for (int i = 0; i < 5; i++) {
            get(jinchenEditor).expectStatus().isOk();
        }
        get(jinchenEditor)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L))
                .expectBody()
                .jsonPath("$.code").isEqualTo("rate-limited")
                .jsonPath("$.limitedBy").isEqualTo("user")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("请求过于频繁", "Too many requests"))
                .jsonPath("$.traceId").isNotEmpty();

        // the same street's other user still has the street's remaining three requests, then the street is at its limit
        for (int i = 0; i < 3; i++) {
            get(jinchenApprover).expectStatus().isOk();
        }
        get(jinchenApprover)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.limitedBy").isEqualTo("tenant");

        // another street and the district are other tenants
        get(tuodongEditor).expectStatus().isOk();
        get(overseer).expectStatus().isOk();
    }

    @Test
    void aPersonInTheWorkbenchAndTheSamePersonsScriptShareOneLimit() {
        keycloak.signsInNext(new FakeKeycloakAndUpstream.BrowserUser("huashan-editor-1", "huashan-editor",
                "/wuhua/huashan", "street-editor"));
        Browser workbench = new Browser(web);
        workbench.signIn(keycloak);
        for (int i = 0; i < 5; i++) {
            assertThat(workbench.get("/api/projects").getStatus().value()).isEqualTo(200);
        }
        assertThat(workbench.get("/api/projects").getStatus().value()).isEqualTo(429);

        String script = keycloak.userToken("huashan-editor-1", "huashan-editor", "/wuhua/huashan", "street-editor");
        get(script).expectStatus().isEqualTo(429).expectBody().jsonPath("$.limitedBy").isEqualTo("user");
    }

    @Test
    void probesAreNeverLimited() {
        for (int i = 0; i < 20; i++) {
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
    }

    private WebTestClient.ResponseSpec get(String token) {
        return web.get().uri("/api/projects").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static FakeKeycloakAndUpstream start() {
        try {
            return new FakeKeycloakAndUpstream();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
