package cn.jixiao.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.TenantAuthenticationConverter;
import cn.jixiao.tenancy.TenantIds;

/**
 * Keycloak-shaped tokens for service tests, turned into an authentication by the same converter the
 * services use in production, so the tenant rules under test are the real ones. Only the signature check
 * is skipped here; the end-to-end suite uses real Keycloak tokens.
 */
public final class Tokens {

    private static final TenantAuthenticationConverter CONVERTER = new TenantAuthenticationConverter();

    private Tokens() {
    }

    /** The issuer of the local stack's realm; a token it issued yields qualified ids such as {@code jixiao:panlong}. */
    public static final String REALM_ISSUER_BASE = "http://localhost:18080/realms/";

    /**
     * A street editor. Bare names ({@code "panlong", "jinchen"}) make a token without issuer whose ids are the
     * names themselves; qualified ids ({@code DemoTenants.PANLONG, DemoTenants.JINCHEN}) make a token of that
     * realm, read into exactly those ids, as the services see Keycloak's tokens.
     */
    public static WebTestClientConfigurer streetEditor(String district, String street) {
        return tenantUser("-editor", district, street, "street-editor");
    }

    public static WebTestClientConfigurer overseer(String district) {
        return tenantUser("-overseer", district, null, "district-overseer");
    }

    public static WebTestClientConfigurer auditor(String district) {
        return tenantUser("-auditor", district, null, "auditor");
    }

    public static WebTestClientConfigurer user(String username, String group, String... roles) {
        return issuedBy(null, username, group, roles);
    }

    private static WebTestClientConfigurer tenantUser(String suffix, String district, String street, String... roles) {
        int qualified = district.indexOf(TenantIds.SEPARATOR);
        if (qualified < 0) {
            String group = "/" + district + (street == null ? "" : "/" + street);
            return user(district + (street == null ? "" : "-" + street) + suffix, group, roles);
        }
        String namespace = district.substring(0, qualified);
        String districtName = district.substring(qualified + 1);
        String streetName = street == null ? null : street.substring(district.length() + 1);
        String group = "/" + districtName + (streetName == null ? "" : "/" + streetName);
        return issuedBy(REALM_ISSUER_BASE + namespace, districtName + (streetName == null ? "" : "-" + streetName) + suffix, group, roles);
    }

    /** A user of the given issuer ({@code null}: none, as in most service tests) with these groups and roles. */
    public static WebTestClientConfigurer issuedBy(String issuer, String username, String group, String... roles) {
        Jwt.Builder builder = Jwt.withTokenValue("test-token-" + username);
        if (issuer != null) {
            builder.issuer(issuer);
        }
        Jwt jwt = builder
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
