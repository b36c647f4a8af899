package cn.jixiao.project.tenants;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How project-service reaches the Admin API of the realm it onboards tenants into.
 *
 * @param issuer       the realm as tokens name it, e.g. http://localhost:18080/realms/jixiao; only administrators
 *                     signed in at this realm may onboard into it
 * @param serverUrl    Keycloak's base URL as this service reaches it; defaults to the issuer's host, and differs
 *                     when the browser and the services reach Keycloak by different names (compose, Kubernetes)
 * @param clientId     the confidential service-account client, {@code jixiao-tenants}
 * @param clientSecret its secret, from the environment only; without it onboarding answers 503
 */
@ConfigurationProperties("jixiao.tenants.keycloak")
public record KeycloakAdminProperties(String issuer, String serverUrl, String clientId, String clientSecret) {

    private static final String REALMS = "/realms/";

    public boolean configured() {
        return clientSecret != null && !clientSecret.isBlank() && issuer != null && issuer.contains(REALMS);
    }

    /** The realm's name, the last part of a Keycloak issuer URL ({@code …/realms/jixiao}). */
    public String realm() {
        return issuer.substring(issuer.lastIndexOf(REALMS) + REALMS.length());
    }

    public String effectiveServerUrl() {
        if (serverUrl != null && !serverUrl.isBlank()) {
            return serverUrl;
        }
        URI base = URI.create(issuer.substring(0, issuer.lastIndexOf(REALMS)) + "/");
        return base.toString();
    }
}
