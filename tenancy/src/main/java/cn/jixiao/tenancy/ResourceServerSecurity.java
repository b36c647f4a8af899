package cn.jixiao.tenancy;


import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.problems.Problems;

/**
 * Every Jixiao application, the gateway included, is a resource server: it verifies the bearer token
 * itself instead of trusting whoever called it. Health probes and API docs stay open.
 */
@AutoConfiguration(afterName = "cn.jixiao.problems.ProblemsAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerSecurity {

    @Bean
    TrustedIssuers trustedIssuers(SecurityProperties properties) {
        return new TrustedIssuers(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain jixiaoSecurity(ServerHttpSecurity http, TrustedIssuers issuers, ProblemWriter problems) {
        return bearerTokensOnly(http, issuers, problems).build();
    }

    /**
     * The resource-server rules every application applies to bearer-token requests, in one place: the gateway
     * applies them to its bearer chain too (beside its browser sign-in chain), so API clients meet the same
     * rules there as at every service.
     */
    public static ServerHttpSecurity bearerTokensOnly(ServerHttpSecurity http, TrustedIssuers issuers, ProblemWriter problems) {
        return http
                // Bearer tokens only, no cookies: there is no session for a cross-site request to ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(issuers)
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, Problems.unauthorized()))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, Problems.forbidden())))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, Problems.unauthorized()))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, Problems.forbidden())));
    }

    @Bean
    TenantLogContext tenantLogContext() {
        return new TenantLogContext();
    }

}
