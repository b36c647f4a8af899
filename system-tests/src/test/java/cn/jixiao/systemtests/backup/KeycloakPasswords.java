package cn.jixiao.systemtests.backup;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.devstack.KeycloakServer;

/**
 * A person's password set and tried on a platform's Keycloak: the master realm's admin sets it through the Admin
 * API, and the development client's password grant tries it.
 */
final class KeycloakPasswords {

    private final URI tokenEndpoint;
    private final WebTestClient keycloak;

    /** @param tokenEndpoint the jixiao realm's token endpoint, e.g. http://localhost:41234/realms/jixiao/protocol/openid-connect/token */
    KeycloakPasswords(URI tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
        this.keycloak = WebTestClient.bindToServer().baseUrl(tokenEndpoint.resolve("/").toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    void set(String username, String password) {
        String admin = (String) keycloak.post().uri("/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password").with("client_id", "admin-cli")
                        .with("username", KeycloakServer.ADMIN_USERNAME).with("password", KeycloakServer.ADMIN_PASSWORD))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
        List<?> users = keycloak.get().uri("/admin/realms/{realm}/users?exact=true&username={username}", KeycloakServer.REALM, username)
                .headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        String id = (String) ((Map<?, ?>) users.get(0)).get("id");
        keycloak.put().uri("/admin/realms/{realm}/users/{id}/reset-password", KeycloakServer.REALM, id)
                .headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "password", "value", password, "temporary", false))
                .exchange().expectStatus().isNoContent();
    }

    /** The HTTP status of a password grant: 200 signs in, 401 does not. */
    int signIn(String username, String password) {
        return keycloak.post().uri(tokenEndpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password").with("client_id", "jixiao-web")
                        .with("username", username).with("password", password))
                .exchange().returnResult(String.class).getStatus().value();
    }
}
