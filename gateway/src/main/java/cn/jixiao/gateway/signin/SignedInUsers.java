package cn.jixiao.gateway.signin;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.tenancy.TenantAuthentication;
import cn.jixiao.tenancy.TrustedIssuers;

/**
 * Who a request is from, the same way whether it brings a bearer token or a browser session: the verified access
 * token read into a {@link TenantAuthentication} by tenancy's {@link TrustedIssuers}, as every service reads it
 * (through {@link VerifiedTokens}, which remembers a token that passed).
 *
 * <p>For a session it is the access token the gateway holds for that session (refreshed first when it has
 * expired, by the authorized-client manager, exactly the token {@code TokenRelay} then sends on), verified like
 * any bearer token. So the rate limiter and {@code /api/me} see the same user and tenant for a person whether
 * they use the workbench or a script, and nothing is read from the ID token that the services would not see.
 * The answer is kept for the rest of the exchange.
 */
public final class SignedInUsers {

    private static final String RESOLVED = SignedInUsers.class.getName() + ".resolved";

    private final VerifiedTokens tokens;
    private final ReactiveOAuth2AuthorizedClientManager clients;

    SignedInUsers(VerifiedTokens tokens, ReactiveOAuth2AuthorizedClientManager clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    /**
     * The signed-in user, empty for an anonymous request; an error when the session's tokens can no longer be
     * had (e.g. Keycloak ended the session), which the gateway answers as 401.
     */
    public Mono<TenantAuthentication> of(ServerWebExchange exchange) {
        Mono<TenantAuthentication> resolved = exchange.getAttribute(RESOLVED);
        if (resolved == null) {
            resolved = exchange.getPrincipal().flatMap(principal -> resolve(principal, exchange)).cache();
            exchange.getAttributes().put(RESOLVED, resolved);
        }
        return resolved;
    }

    private Mono<TenantAuthentication> resolve(Principal principal, ServerWebExchange exchange) {
        if (principal instanceof TenantAuthentication bearer) {
            return Mono.just(bearer);
        }
        if (!(principal instanceof OAuth2AuthenticationToken session)) {
            return Mono.empty();
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                .principal(session)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return clients.authorize(request)
                .flatMap(client -> tokens.authenticate(
                        new BearerTokenAuthenticationToken(client.getAccessToken().getTokenValue()), exchange))
                .cast(TenantAuthentication.class);
    }
}
