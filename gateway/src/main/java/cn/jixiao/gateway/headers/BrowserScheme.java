package cn.jixiao.gateway.headers;

import org.springframework.web.server.ServerWebExchange;

/**
 * Whether the browser reached the gateway over https, directly or through a trusted TLS-terminating proxy.
 * {@link TrustedProxies} records it on the exchange, because whatever holds the exchange as it was before the
 * proxy's headers were applied (the session's cookie writer does) would otherwise see plain http.
 */
public final class BrowserScheme {

    static final String HTTPS = BrowserScheme.class.getName() + ".https";

    private BrowserScheme() {
    }

    public static boolean isHttps(ServerWebExchange exchange) {
        return Boolean.TRUE.equals(exchange.getAttribute(HTTPS))
                || "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
    }
}
