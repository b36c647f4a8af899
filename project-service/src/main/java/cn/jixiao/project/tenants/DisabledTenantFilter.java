package cn.jixiao.project.tenants;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.tenancy.TenantAuthentication;

/**
 * Refuses the requests of a disabled district's or street's people for as long as their last access token is
 * still valid. Keycloak stops their sign-ins and ends their sessions when the tenant is disabled; this closes
 * the remaining minutes in project-service, where a street's data is entered.
 */
@Component
// after Spring Security's chain (-100), which has verified the token and put the tenant in the context
@Order(0)
class DisabledTenantFilter implements WebFilter {

    private final DisabledTenants disabled;
    private final ProblemWriter problems;

    DisabledTenantFilter(DisabledTenants disabled, ProblemWriter problems) {
        this.disabled = disabled;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof TenantAuthentication tenant ? tenant.access() : null)
                .flatMap(disabled::excludes)
                .defaultIfEmpty(false)
                .flatMap(refused -> refused
                        ? problems.write(exchange, TenantProblems.disabledTenantRequest().toProblemDetail())
                        : chain.filter(exchange));
    }
}
