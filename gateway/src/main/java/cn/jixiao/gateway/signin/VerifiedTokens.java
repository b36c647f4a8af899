package cn.jixiao.gateway.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.tenancy.TenantAuthentication;
import cn.jixiao.tenancy.TrustedIssuers;

/**
 * The gateway's token check: tenancy's {@link TrustedIssuers} (issuer, signature, audience, expiry), remembered for
 * a token that passed until that token expires.
 *
 * <p>An API client sends the same token with every request for its lifetime (15 minutes at Keycloak), and so does
 * the gateway for a browser session (the token it relays). Parsing it and verifying its RSA signature again on
 * every request was about a tenth of the gateway's CPU per proxied request (docs/measurements.md, #13). A token is
 * immutable and signed: the same text verified once is verified, so the answer is kept, keyed by the token's exact
 * text, and used only while {@code exp} is ahead (stricter than the verifier, which allows a minute of clock skew).
 * A token that fails is never remembered; it is refused anew each time, so nothing is learnt from a failure.
 *
 * <p>Memory stays bounded: at {@link #CAPACITY} entries the expired ones are dropped, and if the map is still full
 * a newly verified token is simply not remembered (it stays valid; it is verified again next time).
 */
final class VerifiedTokens implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

    /** About 12 MB of tokens: far more people than sign in within one token lifetime at a province. */
    static final int CAPACITY = 10_000;

    private final ReactiveAuthenticationManagerResolver<ServerWebExchange> issuers;
    private final Clock clock;
    private final Map<String, TenantAuthentication> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveAuthenticationManagerResolver<ServerWebExchange> issuers, Clock clock) {
        this.issuers = issuers;
        this.clock = clock;
    }

    @Override
    public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
        return Mono.just(authentication -> authenticate(authentication, exchange));
    }

    /** Verifies a bearer token (or answers from an earlier verification of the same, unexpired token). */
    Mono<Authentication> authenticate(Authentication authentication, ServerWebExchange exchange) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return Mono.empty();
        }
        TenantAuthentication known = verified.get(bearer.getToken());
        if (known != null) {
            if (unexpired(known)) {
                return Mono.just(known);
            }
            verified.remove(bearer.getToken(), known);
        }
        return issuers.resolve(exchange)
                .flatMap(verifier -> verifier.authenticate(bearer))
                .doOnNext(result -> remember(bearer.getToken(), result));
    }

    /** How many verified tokens are held. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Authentication result) {
        if (!(result instanceof TenantAuthentication tenant) || tenant.getToken().getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> !unexpired(entry));
        }
        if (verified.size() < CAPACITY) {
            verified.put(token, tenant);
        }
    }

    private boolean unexpired(TenantAuthentication known) {
        Instant expiresAt = known.getToken().getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
