package cn.jixiao.gateway.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.problems.Problems;

/**
 * The gateway's actuator, on the public entry: its health and info for probes and load balancers, its metrics for
 * Prometheus only (from the addresses tenancy's {@code MetricsScrapes} admits, a chain that comes before this one),
 * and nothing of it for anyone else, signed in or not. Without this chain a session or any valid token would read
 * every route's request counts and the JVM's figures through the browsers' or the API clients' chain.
 */
@Configuration(proxyBeanMethods = false)
class OperatorEndpoints {

    @Bean
    @Order(0)
    SecurityWebFilterChain actuatorForOperatorsOnly(ServerHttpSecurity http, ProblemWriter problems) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator", "/actuator/**"))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, refused) -> problems.write(exchange, Problems.unauthorized()))
                        .accessDeniedHandler((exchange, refused) -> problems.write(exchange, Problems.forbidden())))
                .build();
    }
}
