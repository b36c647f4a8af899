package cn.jixiao.systemtests.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.systemtests.Logins;

/**
 * Accounts the browser tests need beside the realm file's demo users, added through Keycloak's Admin API of the
 * test's own Keycloak. 拓东街道 has an editor in the realm file but no approver, and only an approver may submit its
 * evaluation to the district; an account the realm file already has is left as it is.
 */
final class DemoAccounts {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param tokenEndpoint the jixiao realm's token endpoint; Keycloak's root is the part before {@code realms/} */
    DemoAccounts(URI tokenEndpoint) {
        String endpoint = tokenEndpoint.toString();
        this.keycloak = URI.create(endpoint.substring(0, endpoint.indexOf("realms/")));
    }

    /** tuodong-approver: 拓东街道's approver (and editor, as jinchen-approver is), password as every demo user's. */
    void ensureTuodongApprover() {
        try {
            String admin = adminToken();
            String realm = "admin/realms/" + KeycloakServer.REALM;
            if (!json.readTree(send(admin, "GET", realm + "/users?exact=true&username=tuodong-approver", null)).isEmpty()) {
                return;
            }
            send(admin, "POST", realm + "/users", json.writeValueAsString(Map.of(
                    "username", "tuodong-approver", "enabled", true, "emailVerified", true,
                    "firstName", "国强", "lastName", "钱", "email", "tuodong-approver@example.com",
                    "groups", List.of("/panlong/tuodong"),
                    "credentials", List.of(Map.of("type", "password", "value", Logins.PASSWORD,
                            "temporary", false)))));
            String id = json.readTree(send(admin, "GET", realm + "/users?exact=true&username=tuodong-approver", null))
                    .get(0).path("id").asText();
            String roles = "[" + send(admin, "GET", realm + "/roles/street-editor", null) + ","
                    + send(admin, "GET", realm + "/roles/street-approver", null) + "]";
            send(admin, "POST", realm + "/users/" + id + "/role-mappings/realm", roles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakServer.ADMIN_USERNAME, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(keycloak.resolve("realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin login failed: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private String send(String token, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(keycloak.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
