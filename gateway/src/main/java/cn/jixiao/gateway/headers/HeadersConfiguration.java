package cn.jixiao.gateway.headers;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

@Configuration(proxyBeanMethods = false)
class HeadersConfiguration {

    @Bean
    WebFilter securityHeaders(@Value("${jixiao.gateway.sign-in.issuer}") String issuer) {
        java.net.URI keycloak = java.net.URI.create(issuer);
        return new SecurityHeaders(keycloak.getScheme() + "://" + keycloak.getRawAuthority());
    }

    @Bean
    WebFilter trustedProxies(@Value("${jixiao.gateway.trusted-proxies:}") List<String> proxies) {
        return new TrustedProxies(proxies);
    }
}
