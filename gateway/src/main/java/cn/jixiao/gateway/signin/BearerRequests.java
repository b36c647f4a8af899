package cn.jixiao.gateway.signin;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * A request that brings its own token ({@code Authorization: Bearer ...}): an API client, answered exactly as
 * every service answers it, with no session, no cookie and no redirect to a login page.
 */
final class BearerRequests implements ServerWebExchangeMatcher {

    static boolean carriesABearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return carriesABearerToken(exchange) ? MatchResult.match() : MatchResult.notMatch();
    }
}
