package cn.jixiao.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.TenantAuthenticationConverter;

/**
 * Keycloak-shaped tokens for service tests, turned into an authentication by the same converter the
 * services use in production, so the tenant rules under test are the real ones. Only the signature check
 * is skipped here; the end-to-end suite uses real Keycloak tokens.
 */
public final class Tokens {

    private static final TenantAuthenticationConverter CONVERTER = new TenantAuthenticationConverter();

    private Tokens() {
    }

    public static WebTestClientConfigurer streetEditor(String district, String street) {
        return user(district + "-" + street + "-editor", "/" + district + "/" + street, "street-editor");
    }

    public static WebTestClientConfigurer overseer(String district) {
        return user(district + "-overseer", "/" + district, "district-overseer");
    }

    public static WebTestClientConfigurer auditor(String district) {
        return user(district + "-auditor", "/" + district, "auditor");
    }

    public static WebTestClientConfigurer user(String username, String group, String... roles) {
        Jwt jwt = Jwt.withTokenValue("test-token-" + username)
                .header("alg", "RS256")
                .subject(username + "-id")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(900))
                .claim("preferred_username", username)
                .claim("groups", group == null ? List.of() : List.of(group))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
        AbstractAuthenticationToken authentication = CONVERTER.convert(jwt).block();
        return SecurityMockServerConfigurers.mockAuthentication(authentication);
    }
}
