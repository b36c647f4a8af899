package cn.jixiao.gateway.session;

import java.time.Duration;

import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

import cn.jixiao.gateway.headers.BrowserScheme;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax, and Secure whenever the browser came over
 * https, also behind a TLS-terminating proxy.
 *
 * <p>Lax, not Strict: Keycloak's redirect back after the login is a top-level GET from another site, and a
 * Strict cookie would not come with it, so the sign-in could not find the state it started with. Lax still keeps
 * the cookie off every cross-site POST, image and frame. Spring's resolver decides Secure from the request it is
 * given, which is the request before the trusted proxy's headers were applied; {@link BrowserScheme} knows.
 */
public final class SessionCookie extends CookieWebSessionIdResolver {

    public static final String NAME = "JIXIAO_SESSION";

    SessionCookie() {
        setCookieName(NAME);
    }

    @Override
    public void setSessionId(ServerWebExchange exchange, String id) {
        exchange.getResponse().getCookies().set(NAME, cookie(exchange, id, getCookieMaxAge()));
    }

    @Override
    public void expireSession(ServerWebExchange exchange) {
        exchange.getResponse().getCookies().set(NAME, cookie(exchange, "", Duration.ZERO));
    }

    private static ResponseCookie cookie(ServerWebExchange exchange, String id, Duration maxAge) {
        return ResponseCookie.from(NAME, id)
                .path(exchange.getRequest().getPath().contextPath().value() + "/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(BrowserScheme.isHttps(exchange))
                .sameSite("Lax")
                .build();
    }
}
