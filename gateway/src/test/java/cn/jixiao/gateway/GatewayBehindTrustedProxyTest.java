package cn.jixiao.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway behind a TLS-terminating proxy it is configured to trust (here: this machine): the request the
 * browser made over https is known as such, so HSTS is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jixiao.gateway.trusted-proxies=127.0.0.1, ::1")
@AutoConfigureWebTestClient(timeout = "PT30S")
@ContextConfiguration(initializers = InMemoryMongo.class)
class GatewayBehindTrustedProxyTest {

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
    void aRequestTheTrustedProxyReceivedOverHttpsGetsHsts() {
        web.get().uri("/api/projects").headers(h -> {
                    h.setBearerAuth(keycloak.streetEditorToken());
                    h.set("X-Forwarded-Proto", "https");
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+.*")
                // the gateway consumes the proxy's headers; the services are not handed them to believe
                .expectBody().jsonPath("$.forwardedProto").isEmpty();
    }

    @Test
    void aPlainHttpRequestGetsNoHsts() {
        web.get().uri("/api/projects").headers(h -> h.setBearerAuth(keycloak.streetEditorToken()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theSessionCookieOfABrowserThatCameOverHttpsIsSecure() {
        var answer = web.get().uri("/oauth2/authorization/keycloak").header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus().isFound()
                .expectBody(String.class).returnResult();
        var session = answer.getResponseCookies().getFirst("JIXIAO_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
    }

    private static FakeKeycloakAndUpstream start() {
        try {
            return new FakeKeycloakAndUpstream();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
