package cn.jixiao.systemtests;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Gets real access tokens from Keycloak with the password grant of the development client. */
public final class Logins {

    public static final String PASSWORD = "Jixiao-2026";

    private final WebTestClient keycloak;
    private final URI tokenEndpoint;

    public Logins(URI tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
        // a password grant hashes the password: on a loaded build machine Keycloak takes longer than the default 5 s
        this.keycloak = WebTestClient.bindToServer().baseUrl(tokenEndpoint.toString()).responseTimeout(Duration.ofSeconds(30)).build();
    }

    public String accessToken(String username) {
        Map<?, ?> response = keycloak.post().uri(tokenEndpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password")
                        .with("client_id", "jixiao-web")
                        .with("username", username)
                        .with("password", PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) response.get("access_token");
    }
}
