package cn.jixiao.gateway.headers;

import java.net.InetSocketAddress;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} only from the proxies configured in front of the gateway.
 *
 * <p>Behind a TLS-terminating proxy, the request's scheme as the browser used it (https) arrives in those headers,
 * and it decides e.g. whether HSTS is sent. From anyone else they are lies to be dropped: a client could otherwise
 * claim any scheme, host or client address, and the services behind the gateway would be told so too. Spring's own
 * forwarded-header support trusts every sender, so it stays off ({@code server.forward-headers-strategy: none}) and
 * this filter applies it to trusted senders only. It runs first, before security, so that everything after it
 * (HSTS in Spring Security's header writer, the routing's own X-Forwarded headers) sees the corrected request.
 */
final class TrustedProxies implements WebFilter, Ordered {

    private final List<AddressRange> proxies;
    private final ForwardedHeaderTransformer apply = new ForwardedHeaderTransformer();
    private final ForwardedHeaderTransformer drop = new ForwardedHeaderTransformer();

    /** @param proxies addresses or CIDR ranges, e.g. {@code 10.0.0.0/8}; none by default: trust no one */
    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty()).map(AddressRange::parse).toList();
        this.drop.setRemoveOnly(true);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        // both return the request itself when it has no forwarded headers
        ServerHttpRequest corrected = fromTrustedProxy(request) ? apply.apply(request) : drop.apply(request);
        exchange.getAttributes().put(BrowserScheme.HTTPS, "https".equalsIgnoreCase(corrected.getURI().getScheme()));
        return chain.filter(corrected == request ? exchange : exchange.mutate().request(corrected).build());
    }

    private boolean fromTrustedProxy(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return false;
        }
        return proxies.stream().anyMatch(proxy -> proxy.contains(remote.getAddress()));
    }
}
