package cn.jixiao.gateway.headers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 *
 * <p>Forms may post to this origin only, and to Keycloak's: signing out is a form post to {@code /logout} that the
 * gateway redirects to Keycloak's logout, and Chrome applies {@code form-action} to a form's redirects too. A PDF
 * gets no policy of ours: the workbench shows the report preview in a frame of its own page, and the browser's
 * PDF viewer is no page of ours to restrict (it runs no script of the document in any browser we support).
 */
final class SecurityHeaders implements WebFilter, Ordered {

    private final Map<String, String> headers;

    /** @param signInOrigin the origin of Keycloak as the browser reaches it, e.g. http://localhost:18080 */
    SecurityHeaders(String signInOrigin) {
        this.headers = Map.of(
                "Content-Security-Policy", workbenchPolicy(signInOrigin),
                // a browser must not guess that a JSON or text answer is HTML
                "X-Content-Type-Options", "nosniff",
                // ids of projects and evaluations in our URLs are nobody else's business
                "Referrer-Policy", "no-referrer");
    }

    static String workbenchPolicy(String signInOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; "
                + "base-uri 'self'; form-action 'self' " + signInOrigin;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders response = exchange.getResponse().getHeaders();
            boolean pdf = MediaType.APPLICATION_PDF.isCompatibleWith(response.getContentType());
            headers.forEach((name, value) -> {
                if (!response.containsHeader(name) && !(pdf && name.equals("Content-Security-Policy"))) {
                    response.set(name, value);
                }
            });
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
