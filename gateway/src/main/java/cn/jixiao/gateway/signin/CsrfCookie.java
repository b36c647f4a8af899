package cn.jixiao.gateway.signin;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Writes the {@code XSRF-TOKEN} cookie on every browser response. WebFlux's CSRF filter only offers the token
 * (as a Mono in an exchange attribute) and saves the cookie when someone subscribes to it; a server-rendered page
 * would, but the workbench's script reads the cookie instead, so it must be there from the first page on.
 */
final class CsrfCookie implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}
