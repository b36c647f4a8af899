package cn.jixiao.gateway.signin;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway signs browser users in at Keycloak, as the confidential client {@code jixiao-gateway}.
 *
 * @param issuer       the realm as the browser reaches it, e.g. http://localhost:18080/realms/jixiao: the login
 *                     page and the logout are sent there, and the ID token's {@code iss} must be it
 * @param keycloakUrl  Keycloak as this gateway reaches it (token and key requests), e.g. http://keycloak:8080 in
 *                     compose; empty when the gateway reaches it under the issuer's address
 * @param clientId     the realm's client of the gateway
 * @param clientSecret its secret; dev's default only in the local stack, from a secret everywhere else
 */
@ConfigurationProperties("jixiao.gateway.sign-in")
public record SignInProperties(String issuer, String keycloakUrl, String clientId, String clientSecret) {

    /** The one registration of the gateway; its name appears in /oauth2/authorization/keycloak. */
    public static final String REGISTRATION_ID = "keycloak";

    /** Where the browser is sent to sign in, e.g. http://localhost:18080/realms/jixiao/protocol/openid-connect/auth. */
    String browserEndpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    /** Where the gateway itself calls Keycloak: the same realm path, under the internal address if there is one. */
    String backChannelEndpoint(String name) {
        if (keycloakUrl == null || keycloakUrl.isBlank()) {
            return browserEndpoint(name);
        }
        String realmPath = URI.create(issuer).getRawPath();
        return keycloakUrl.replaceAll("/+$", "") + realmPath + "/protocol/openid-connect/" + name;
    }

    /** The issuer's origin, e.g. http://localhost:18080: the logout form's post is redirected there. */
    public String issuerOrigin() {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
