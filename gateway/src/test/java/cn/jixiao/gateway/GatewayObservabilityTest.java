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
 * What the gateway gives operators (#14, docs/operations.md): a request's trace goes on to the service it routes to,
 * and its Prometheus metrics are read without a token only from the addresses its operator names for Prometheus
 * ({@code JIXIAO_GATEWAY_METRICS_SCRAPERS}), none by default, since it is the public entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ContextConfiguration(initializers = InMemoryMongo.class)
class GatewayObservabilityTest {

    static final FakeKeycloakAndUpstream keycloak = FakeKeycloakAndUpstream.started();

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
    void theServiceReceivesTheRequestInTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        web.get().uri("/api/projects").headers(h -> {
                    h.setBearerAuth(keycloak.streetEditorToken());
                    h.set("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
                })
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.traceparent").value(traceparent -> assertThat((String) traceparent)
                        .as("the service continues the caller's trace").startsWith("00-" + traceId + "-"));
    }

    @Test
    void anAnonymousScrapeIsRefusedUnlessPrometheusAddressIsNamed() {
        web.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aSignedInUserCannotReadTheGatewaysMetricsButProbesReadItsHealth() {
        web.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN)
                .headers(h -> h.setBearerAuth(keycloak.streetEditorToken())).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/actuator/health").exchange().expectStatus()
                .value(status -> assertThat(status).as("health is for probes, no token needed").isNotIn(401, 403));
    }
}
