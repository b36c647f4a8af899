package cn.jixiao.gateway.signin;

import cn.jixiao.testing.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the gateway remembers of a token check. The check itself (tenancy's TrustedIssuers: issuer, signature,
 * audience, expiry) is stood in for by {@link Verifier}, which accepts the tokens it was told are good, each with
 * its expiry, and counts how often it is asked: the specification is how often the real check runs and that a
 * remembered answer is never given for a token that has expired or failed.
 */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    final MovableClock clock = new MovableClock(NOW);
    final Verifier verifier = new Verifier();
    final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void aTokenThatPassedIsNotCheckedAgainWhileItIsValid() {
        verifier.accepts("good", NOW.plus(Duration.ofMinutes(15)));

        Authentication first = authenticate("good");
        clock.advance(Duration.ofMinutes(14));
        Authentication later = authenticate("good");

        assertThat(later).isSameAs(first);
        assertThat(verifier.checks.get()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefusedByTheCheck() {
        verifier.accepts("short-lived", NOW.plus(Duration.ofMinutes(5)));
        authenticate("short-lived");

        clock.advance(Duration.ofMinutes(5));
        verifier.refuses("short-lived");

        assertThatThrownBy(() -> authenticate("short-lived")).isInstanceOf(InvalidBearerTokenException.class);
        assertThat(verifier.checks.get()).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aRefusedTokenIsNeverRememberedSoItIsRefusedEachTime() {
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(InvalidBearerTokenException.class);

        assertThat(verifier.checks.get()).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void onlyTheExactTokenTextIsRecognised() {
        verifier.accepts("good", NOW.plus(Duration.ofMinutes(15)));
        authenticate("good");

        assertThatThrownBy(() -> authenticate("good ")).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> authenticate("goo")).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void whenFullTheExpiredAreDroppedAndAnythingBeyondIsCheckedEachTimeInsteadOfHeld() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            verifier.accepts("t" + i, NOW.plus(Duration.ofMinutes(i < 10 ? 1 : 15)));
            authenticate("t" + i);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);

        clock.advance(Duration.ofMinutes(2));
        verifier.accepts("one more", NOW.plus(Duration.ofMinutes(15)));
        authenticate("one more");
        assertThat(tokens.size()).as("the ten expired ones made room").isEqualTo(VerifiedTokens.CAPACITY - 10 + 1);

        for (int i = 0; i < 20; i++) {
            verifier.accepts("extra" + i, NOW.plus(Duration.ofMinutes(15)));
            authenticate("extra" + i);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        int checks = verifier.checks.get();
        authenticate("extra19");
        assertThat(verifier.checks.get()).as("not held, so checked again").isEqualTo(checks + 1);
    }

    @Test
    void somethingOtherThanABearerTokenIsNotThisCheckersToAnswer() {
        Authentication other = new org.springframework.security.authentication.TestingAuthenticationToken("u", "p");
        assertThat(tokens.resolve(null).flatMap(manager -> manager.authenticate(other)).blockOptional()).isEmpty();
    }

    private Authentication authenticate(String token) {
        return tokens.resolve(null).flatMap(manager -> manager.authenticate(new BearerTokenAuthenticationToken(token))).block();
    }

    /** Accepts the tokens it was given, until their expiry; refuses everything else. Counts the checks. */
    static final class Verifier implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

        final AtomicInteger checks = new AtomicInteger();
        private final java.util.Map<String, Instant> good = new java.util.concurrent.ConcurrentHashMap<>();

        void accepts(String token, Instant expiresAt) {
            good.put(token, expiresAt);
        }

        void refuses(String token) {
            good.remove(token);
        }

        @Override
        public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
            return Mono.just(authentication -> {
                checks.incrementAndGet();
                String token = ((BearerTokenAuthenticationToken) authentication).getToken();
                Instant expiresAt = good.get(token);
                if (expiresAt == null) {
                    return Mono.error(new InvalidBearerTokenException("refused"));
                }
                Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("u-1")
                        .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt).build();
                TenantAccess access = new TenantAccess("u-1", "jinchen-editor", "jixiao:panlong", "jixiao:panlong:jinchen",
                        Set.of(Role.STREET_EDITOR));
                return Mono.just(new TenantAuthentication(jwt, List.of(), access));
            });
        }
    }
}
