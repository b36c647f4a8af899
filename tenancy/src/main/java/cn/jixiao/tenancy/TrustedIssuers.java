package cn.jixiao.tenancy;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTParser;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.web.server.ServerWebExchange;

/**
 * Picks the token verifier by the token's issuer, among the configured trusted issuers only.
 *
 * <p>Spring's {@code JwtIssuerReactiveAuthenticationManagerResolver} cannot take our converter (which
 * resolves the tenant), so this small resolver keeps one verifier per trusted issuer. The issuer read
 * before verification only selects a verifier; the verifier then checks signature, issuer, audience and
 * expiry. An unknown issuer is rejected without any network call.
 */
public class TrustedIssuers implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

    private final Map<String, SecurityProperties.Issuer> trusted;
    private final String audience;
    private final TenantAuthenticationConverter converter;
    private final Map<String, ReactiveAuthenticationManager> managers = new ConcurrentHashMap<>();

    public TrustedIssuers(SecurityProperties properties) {
        this.trusted = properties.issuers().stream()
                .collect(Collectors.toUnmodifiableMap(SecurityProperties.Issuer::uri, Function.identity()));
        // the verifier has already matched iss to one of these, so each token's tenants get its issuer's namespace
        this.converter = new TenantAuthenticationConverter(new TenantAccessReader(issuer ->
                java.util.Optional.ofNullable(trusted.get(issuer))
                        .map(SecurityProperties.Issuer::effectiveNamespace)
                        .orElseGet(() -> TenantIds.namespaceOfIssuer(issuer))));
        this.audience = properties.audience();
    }

    @Override
    public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
        return Mono.just(this::authenticate);
    }

    private Mono<org.springframework.security.core.Authentication> authenticate(
            org.springframework.security.core.Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return Mono.empty();
        }
        return issuerOf(bearer.getToken())
                .filter(trusted::containsKey)
                .map(issuer -> managers.computeIfAbsent(issuer, this::managerFor))
                .map(manager -> manager.authenticate(authentication))
                .orElseGet(() -> Mono.error(new InvalidBearerTokenException("Untrusted or unreadable token issuer")));
    }

    private ReactiveAuthenticationManager managerFor(String issuer) {
        // keys kept per issuer, and an unknown kid refetches them at most once per interval (SigningKeys)
        SigningKeys keys = new SigningKeys(trusted.get(issuer).effectiveJwkSetUri());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor).build();
        OAuth2TokenValidator<Jwt> audienceCheck = new JwtClaimValidator<java.util.List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceCheck));
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
        manager.setJwtAuthenticationConverter(converter);
        return manager;
    }

    private static Optional<String> issuerOf(String token) {
        try {
            return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
