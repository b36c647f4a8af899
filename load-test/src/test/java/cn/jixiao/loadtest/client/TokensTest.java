package cn.jixiao.loadtest.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Against a stand-in token endpoint that answers as Keycloak's does: 15-minute tokens, 401 for a wrong password. */
class TokensTest {

    private HttpServer keycloak;
    private final AtomicInteger signIns = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-07T11:00:00Z");

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/jixiao/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean right = form.contains("password=Jixiao-2026") && form.contains("grant_type=password")
                    && form.contains("client_id=jixiao-web");
            byte[] body = (right ? "{\"access_token\":\"token-" + signIns.incrementAndGet() + "\",\"expires_in\":900}"
                    : "{\"error\":\"invalid_grant\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(right ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private Tokens tokens() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new Tokens("http://127.0.0.1:" + keycloak.getAddress().getPort(), "jixiao", "jixiao-web", clock);
    }

    @Test
    void aPersonSignsInOnceAndKeepsTheTokenWhileItIsValid() {
        Tokens tokens = tokens();
        assertEquals("token-1", tokens.of("ld001-editor", "Jixiao-2026"));
        now = now.plus(Duration.ofMinutes(13));
        assertEquals("token-1", tokens.of("ld001-editor", "Jixiao-2026"));
        assertEquals(1, signIns.get());
    }

    @Test
    void aTokenAboutToExpireIsReplacedBeforeARequestCarriesIt() {
        Tokens tokens = tokens();
        tokens.of("ld001-editor", "Jixiao-2026");
        now = now.plus(Duration.ofMinutes(14).plusSeconds(1));
        assertEquals("token-2", tokens.of("ld001-editor", "Jixiao-2026"));
    }

    @Test
    void everyPersonHasTheirOwnToken() {
        Tokens tokens = tokens();
        assertEquals("token-1", tokens.of("ld001-editor", "Jixiao-2026"));
        assertEquals("token-2", tokens.of("ld002-editor", "Jixiao-2026"));
    }

    @Test
    void aRefusedSignInSaysWhoAndWhy() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> tokens().of("ld001-editor", "wrong"));
        assertTrue(refused.getMessage().contains("ld001-editor") && refused.getMessage().contains("401"), refused.getMessage());
    }
}
