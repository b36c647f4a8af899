package cn.jixiao.gateway.telemetry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What the gateway observes of each request: the server's span ({@code http.server.requests}, whose trace id every
 * problem+json carries) and the span of the request it sends on to the service (whose trace headers the service
 * continues). Not the inside of Spring Security's filter chain.
 *
 * <p>Spring Security would open an observation, and with tracing a span, for each phase of the filter chain, for
 * the authentication and for the authorization of every request: a fifth of the gateway's CPU per proxied request
 * on the local stack (docs/measurements.md, #13, "The gateway's cost"), for spans that say "the token was checked",
 * which a refusal's 401/403 and its trace id already say. The checks themselves are untouched.
 */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
