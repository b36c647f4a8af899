package cn.jixiao.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens with a kid nobody knows must not make us ask Keycloak again and again. A small local JWKS endpoint
 * counts how often it is asked.
 */
class SigningKeysTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
    private RSAKey current;
    private DisposableServer keycloak;
    private SigningKeys keys;

    @BeforeEach
    void keycloakPublishesOneKey() throws Exception {
        current = newKey();
        published.set(new JWKSet(current.toPublicJWK()));
        keycloak = HttpServer.create().host("localhost").port(0)
                .route(routes -> routes.get("/certs", (request, response) -> {
                    fetches.incrementAndGet();
                    if (!available.get()) {
                        return response.status(503).send();
                    }
                    // slow enough that concurrent requests really overlap with the fetch
                    return response.header("Content-Type", "application/json")
                            .sendString(Mono.delay(Duration.ofMillis(200)).map(tick -> published.get().toString()));
                }))
                .bindNow();
        keys = new SigningKeys("http://localhost:" + keycloak.port() + "/certs", WebClient.create(), clock,
                INTERVAL, Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        keycloak.disposeNow();
    }

    @Test
    void theKeysAreFetchedOnceAndKeptForTokensSignedWithAKnownKey() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(keysFor(signedWith(current))).extracting(JWK::getKeyID).containsExactly(current.getKeyID());
        }

        assertThat(fetches).hasValue(1);
    }

    @Test
    void aThousandConcurrentTokensWithUnknownKidsShareOneFetchAndThenFetchNothingWithinTheInterval() throws Exception {
        RSAKey forger = newKey();
        SignedJWT forged = signedWith(forger);

        List<List<JWK>> found = Flux.range(0, 1000)
                .flatMap(i -> keys.keysFor(forged).collectList(), 1000)
                .collectList().block(Duration.ofSeconds(10));
        assertThat(found).hasSize(1000).allSatisfy(none -> assertThat(none).isEmpty());
        assertThat(fetches).as("one fetch shared by every request while it ran").hasValue(1);

        clock.advance(INTERVAL.minusSeconds(1));
        for (int i = 0; i < 100; i++) {
            assertThat(keysFor(signedWith(forger, "unknown-" + i))).isEmpty();
        }
        assertThat(fetches).as("no fetch inside the interval").hasValue(1);
        assertThat(keysFor(signedWith(current))).as("the known key still verifies").hasSize(1);
    }

    @Test
    void aRotatedKeyIsFoundByTheFirstFetchTheIntervalAllows() throws Exception {
        assertThat(keysFor(signedWith(current))).hasSize(1);
        RSAKey rotated = newKey();
        published.set(new JWKSet(List.of(current.toPublicJWK(), rotated.toPublicJWK())));

        clock.advance(Duration.ofSeconds(5));
        assertThat(keysFor(signedWith(rotated))).as("too soon after the last fetch").isEmpty();
        clock.advance(INTERVAL);
        assertThat(keysFor(signedWith(rotated))).extracting(JWK::getKeyID).containsExactly(rotated.getKeyID());

        assertThat(fetches).hasValue(2);
    }

    @Test
    void aKeycloakThatIsDownIsNotAskedByEveryRequest() throws Exception {
        available.set(false);
        SignedJWT token = signedWith(current);

        for (int i = 0; i < 50; i++) {
            assertThat(keysFor(token)).isEmpty();
        }
        assertThat(fetches).as("the failed attempt counts: it is retried after a short while, not by every request").hasValue(1);

        available.set(true);
        clock.advance(SigningKeys.RETRY_AFTER_FAILURE.minusSeconds(1));
        assertThat(keysFor(token)).as("not yet retried").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(keysFor(token)).extracting(JWK::getKeyID).containsExactly(current.getKeyID());
        assertThat(fetches).hasValue(2);
    }

    private List<JWK> keysFor(SignedJWT token) {
        return keys.keysFor(token).collectList().block(Duration.ofSeconds(10));
    }

    private static RSAKey newKey() throws Exception {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    private static SignedJWT signedWith(RSAKey key) throws Exception {
        return signedWith(key, key.getKeyID());
    }

    private static SignedJWT signedWith(RSAKey key, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder().subject("u-1").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
