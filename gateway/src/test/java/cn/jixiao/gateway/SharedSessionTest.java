package cn.jixiao.gateway;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances behind one address (a load balancer without sticky sessions) on one MongoDB: a browser
 * signed in at one is signed in at the other, and signed out at both.
 */
class SharedSessionTest {

    static final FakeKeycloakAndUpstream keycloak = FakeKeycloakAndUpstream.started();
    static MongoServer mongo;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoGateways() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("localhost", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        String uri = "mongodb://localhost:" + address.getPort() + "/jixiao-gateway";
        first = gateway(uri);
        second = gateway(uri);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        mongo.shutdownNow();
        keycloak.close();
    }

    @Test
    void aBrowserSignedInAtOneGatewayIsSignedInAtTheOther() {
        Browser atFirst = new Browser(client(first));
        atFirst.signIn(keycloak);
        assertThat(atFirst.get("/api/me").getStatus().value()).isEqualTo(200);

        Browser atSecond = atFirst.sameCookiesAt(client(second));
        EntityExchangeResult<String> relayed = atSecond.get("/api/projects");
        assertThat(relayed.getStatus().value()).isEqualTo(200);
        assertThat(relayed.getResponseBody()).contains("\"authorization\":\"Bearer " + keycloak.lastAccessToken() + "\"");
        // the CSRF token is the session's too: a post to the other instance passes with it
        assertThat(atSecond.postWithCsrfHeader("/api/projects", "{}").getStatus().value()).isEqualTo(200);

        assertThat(atSecond.signOut().getStatus().value()).isEqualTo(302);
        assertThat(atFirst.get("/api/me").getStatus().value()).as("signed out at both").isEqualTo(401);
    }

    private static ConfigurableApplicationContext gateway(String mongoUri) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--jixiao.security.issuers[0].uri=" + keycloak.issuer(),
                "--jixiao.gateway.sign-in.issuer=" + keycloak.issuer(),
                "--jixiao.gateway.sign-in.client-secret=" + FakeKeycloakAndUpstream.CLIENT_SECRET,
                "--PROJECT_SERVICE_URL=" + keycloak.baseUrl());
    }

    private static WebTestClient client(ConfigurableApplicationContext gateway) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + gateway.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build();
    }
}
