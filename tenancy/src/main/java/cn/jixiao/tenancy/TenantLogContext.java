package cn.jixiao.tenancy;

import java.util.Map;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Puts the tenant label ({@code panlong/jinchen}) into the Reactor context of each authenticated request.
 * Reactor's automatic context propagation copies it into the logging MDC on whatever thread runs the
 * work, so every log line says whose request it served.
 */
public class TenantLogContext implements WebFilter {

    public static final String KEY = "tenant";

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant
                        ? tenant.access().label() : null)
                .defaultIfEmpty("-")
                // under the accessor's own key, as the map of MDC entries it restores: a bare "tenant" entry in the
                // context was never restored, so request log lines had the trace id but no tenant (until #14)
                .flatMap(label -> chain.filter(exchange).contextWrite(context -> context.put(Slf4jThreadLocalAccessor.KEY,
                        Map.of(KEY, label))));
    }
}
