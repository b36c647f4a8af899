package cn.jixiao.tenancy;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which token issuers this application trusts and for which audience tokens must be made.
 *
 * @param issuers  the trusted Keycloak realms; a token from any other issuer is rejected unread
 * @param audience the {@code aud} every access token must carry
 */
@ConfigurationProperties("jixiao.security")
public record SecurityProperties(List<Issuer> issuers, String audience) {

    public SecurityProperties {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    /**
     * @param uri        the issuer as written in the token's {@code iss}, i.e. as the browser sees Keycloak
     * @param jwkSetUri  where this application fetches the signing keys; differs from the issuer when the
     *                   browser and the services reach Keycloak by different host names (compose, Kubernetes).
     *                   Defaults to Keycloak's certs endpoint under the issuer.
     * @param namespace  what qualifies the ids of this issuer's districts and streets ({@link TenantIds});
     *                   defaults to the realm's name. Set it when two trusted Keycloak servers have a realm
     *                   of the same name. Changing it later orphans the tenants' stored data.
     */
    public record Issuer(String uri, String jwkSetUri, String namespace) {

        public java.util.Optional<String> effectiveNamespace() {
            return namespace == null || namespace.isBlank() ? TenantIds.namespaceOfIssuer(uri) : java.util.Optional.of(namespace);
        }

        public String effectiveJwkSetUri() {
            return jwkSetUri == null || jwkSetUri.isBlank()
                    ? URI.create(uri + "/protocol/openid-connect/certs").toString()
                    : jwkSetUri;
        }
    }
}
