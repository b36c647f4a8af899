package cn.jixiao.tenancy;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * One trusted issuer's signing keys, fetched from its JWKS endpoint and kept.
 *
 * <p>A token names its key by {@code kid}. A kid we do not know is either Keycloak's new key after a rotation
 * or a forgery, and anyone can send forgeries by the thousand: so an unknown kid fetches the keys again at most
 * once per {@link #minRefetchInterval}, and requests arriving while a fetch is under way wait for that same
 * fetch instead of starting their own. Inside the interval an unknown kid is simply not found, and the token is
 * refused as unverifiable. Keys are also fetched again once they are older than {@link #maxAge}, so a key
 * Keycloak has withdrawn stops being accepted.
 */
public final class SigningKeys {

    /** At most one fetch per this interval, whatever the tokens ask for. */
    public static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    /** Keys older than this are fetched again on the next token (still no more often than the interval). */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** A failed fetch is retried sooner: a Keycloak that was briefly away must not lock everyone out for long. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);
    /** Generous: a fetch is shared by every waiting request, and a cold client on a loaded machine is slow. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final String jwkSetUri;
    private final WebClient web;
    private final Clock clock;
    private final Duration minRefetchInterval;
    private final Duration maxAge;
    private final AtomicReference<Fetched> fetched = new AtomicReference<>();
    private final AtomicReference<Mono<JWKSet>> inFlight = new AtomicReference<>();

    public SigningKeys(String jwkSetUri) {
        this(jwkSetUri, WebClient.create(), Clock.systemUTC(), MIN_REFETCH_INTERVAL, MAX_AGE);
    }

    SigningKeys(String jwkSetUri, WebClient web, Clock clock, Duration minRefetchInterval, Duration maxAge) {
        this.jwkSetUri = jwkSetUri;
        this.web = web;
        this.clock = clock;
        this.minRefetchInterval = minRefetchInterval;
        this.maxAge = maxAge;
    }

    /** The keys that may have signed this token: none when its kid is unknown even after a permitted refetch. */
    public Flux<JWK> keysFor(SignedJWT token) {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(token.getHeader());
        if (matcher == null) {
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(matcher);
        Fetched known = fetched.get();
        List<JWK> matching = known == null || known.keys() == null ? List.of() : selector.select(known.keys());
        if (!matching.isEmpty() && !known.olderThan(maxAge, clock.instant())) {
            return Flux.fromIterable(matching);
        }
        return refetchIfAllowed()
                .map(selector::select)
                // the fetch failed or was not allowed: what we already have still verifies what it can
                .defaultIfEmpty(matching)
                .flatMapMany(Flux::fromIterable);
    }

    /** Synchronized so that deciding to fetch and publishing the fetch for others to share is one step. */
    private synchronized Mono<JWKSet> refetchIfAllowed() {
        Mono<JWKSet> running = inFlight.get();
        if (running != null) {
            return running;
        }
        Instant now = clock.instant();
        Fetched last = fetched.get();
        if (last != null && last.attemptedAt().plus(last.failed() ? RETRY_AFTER_FAILURE : minRefetchInterval).isAfter(now)) {
            return Mono.justOrEmpty(last.keys());
        }
        Mono<JWKSet> fetch = web.get().uri(jwkSetUri).retrieve().bodyToMono(String.class)
                .timeout(FETCH_TIMEOUT)
                .map(SigningKeys::parse)
                .doOnNext(keys -> fetched.set(new Fetched(keys, now, now, false)))
                .onErrorResume(error -> {
                    log.warn("Could not fetch the signing keys from {}: {}", jwkSetUri, error.toString());
                    // a failed attempt counts too (for a shorter while): a Keycloak that is down is not asked by every request
                    Fetched previous = fetched.get();
                    fetched.set(new Fetched(previous == null ? null : previous.keys(),
                            previous == null ? null : previous.fetchedAt(), now, true));
                    return Mono.empty();
                })
                // before the outcome reaches anyone waiting (doFinally would run after): whoever asks next must see
                // this attempt recorded and no fetch in flight, not a finished fetch that is still "in flight"
                .doOnTerminate(() -> inFlight.set(null))
                .cache();
        inFlight.set(fetch);
        // started here rather than by the first request's subscription: a request cancelled mid-way cannot leave
        // a fetch that never ends and so blocks every later one
        fetch.subscribe();
        return fetch;
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWKS endpoint answered something that is not a key set", e);
        }
    }

    /** The keys last fetched (null while none ever arrived), when they arrived, when we last tried, and whether that failed. */
    private record Fetched(JWKSet keys, Instant fetchedAt, Instant attemptedAt, boolean failed) {

        boolean olderThan(Duration age, Instant now) {
            return fetchedAt == null || fetchedAt.plus(age).isBefore(now);
        }
    }
}
