package cn.jixiao.gateway.signin;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The gateway's registration at Keycloak, built from {@link SignInProperties} instead of OIDC discovery.
 *
 * <p>Discovery would read Keycloak at start-up (the gateway could not start before it) and would give only
 * the browser-facing addresses, while in compose and Kubernetes the gateway reaches Keycloak under another host
 * name. So the browser's endpoints (login, logout) are under the issuer and the gateway's own (token, keys)
 * under {@code keycloakUrl}. No user-info endpoint: who signed in is read from the ID token, and what they may
 * do from the access token, as at every service.
 */
final class KeycloakRegistration {

    private KeycloakRegistration() {
    }

    static ClientRegistration of(SignInProperties keycloak) {
        return ClientRegistration.withRegistrationId(SignInProperties.REGISTRATION_ID)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(keycloak.browserEndpoint("auth"))
                .tokenUri(keycloak.backChannelEndpoint("token"))
                .jwkSetUri(keycloak.backChannelEndpoint("certs"))
                .issuerUri(keycloak.issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                // read by the OIDC logout: the browser is sent there to end its Keycloak session too
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
                .clientName("Keycloak")
                .build();
    }
}
