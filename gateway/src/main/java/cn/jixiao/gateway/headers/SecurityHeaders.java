package cn.jixiao.gateway.headers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The browser-facing headers of everything the gateway serves: the API's answers today and the web workbench
 * tomorrow, all from this one origin.
 *
 * <p>The Content-Security-Policy lets a page of this origin load only its own scripts, styles, images and fonts
 * (inline styles and {@code data:}/{@code blob:} images allowed for charts), never plugins, and never be framed by
 * another site. A response that brings its own policy keeps it: report-service sandboxes the report HTML it
 * serves far more tightly than this. The headers are written just before the response is committed, after the
 * routed service's headers are in, so "keeps its own" sees them.
 */
final class SecurityHeaders implements WebFilter, Ordered {

    static final String WORKBENCH_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; "
            + "base-uri 'self'; form-action 'self'";

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", WORKBENCH_POLICY,
            // a browser must not guess that a JSON or text answer is HTML
            "X-Content-Type-Options", "nosniff",
            // ids of projects and evaluations in our URLs are nobody else's business
            "Referrer-Policy", "no-referrer");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            HEADERS.forEach((name, value) -> {
                if (!headers.containsHeader(name)) {
                    headers.set(name, value);
                }
            });
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
