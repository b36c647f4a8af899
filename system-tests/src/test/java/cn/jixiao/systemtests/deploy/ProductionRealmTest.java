package cn.jixiao.systemtests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.devstack.RepoRoot;

/**
 * The production realm that compose and the chart import ({@code helm/jixiao/files/jixiao-realm-production.json}),
 * loaded into the real Keycloak of the local stack through its Admin API, as realm {@value #REALM}: Keycloak takes
 * it as written, the browser client refuses the password grant, the password policy and brute-force detection
 * are in force.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmTest {

    private static final String REALM = "jixiao-production";
    private static final String INITIAL_PASSWORD = "Erste-Anmeldung-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private KeycloakServer keycloak;
    private String adminToken;

    @BeforeAll
    void importTheProductionRealm() throws Exception {
        var logs = Files.createDirectories(Path.of("target/e2e-logs"));
        keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), Files.createTempDirectory("keycloak-prod"), logs);
        adminToken = json.readTree(post(keycloak.baseUri().resolve("realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.ADMIN_USERNAME, "password", KeycloakServer.ADMIN_PASSWORD)).body())
                .get("access_token").asText();
        // what Keycloak's import does with the ${...} placeholders, from the container's environment
        var realm = Files.readString(RepoRoot.find(Path.of("")).resolve("helm/jixiao/files/jixiao-realm-production.json"))
                .replace("\"realm\": \"jixiao\"", "\"realm\": \"" + REALM + "\"")
                .replace("${JIXIAO_PUBLIC_URL}", "https://jixiao.example.com")
                .replace("${JIXIAO_TENANTS_CLIENT_SECRET}", "a-secret-from-the-environment")
                .replace("${JIXIAO_GATEWAY_CLIENT_SECRET}", "another-secret-from-the-environment")
                .replace("${JIXIAO_PLATFORM_ADMIN_INITIAL_PASSWORD}", INITIAL_PASSWORD);

        var created = send(HttpRequest.newBuilder(keycloak.baseUri().resolve("admin/realms"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realm)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void keycloakKeepsTheHardeningAsWritten() throws Exception {
        var realm = admin("");

        assertThat(realm.get("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory(5)");
    }

    @Test
    void theBrowserClientRefusesThePasswordGrant() throws Exception {
        var response = post(tokenEndpoint(), Map.of("grant_type", "password", "client_id", "jixiao-web",
                "username", "platform-admin", "password", INITIAL_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void aShortPasswordIsRefusedByThePolicy() throws Exception {
        var user = admin("/users?username=platform-admin&exact=true").get(0).get("id").asText();

        var response = send(HttpRequest.newBuilder(adminUri("/users/" + user + "/reset-password"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"Kurz-1a\",\"temporary\":false}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalidPasswordMinLengthMessage");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        var user = admin("/users?username=platform-admin&exact=true").get(0).get("id").asText();
        for (int attempt = 0; attempt < 5; attempt++) {
            // admin-cli still takes passwords: it is how a guesser would try
            post(tokenEndpoint(), Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", "platform-admin", "password", "Guess-number-" + attempt));
        }

        var status = admin("/attack-detection/brute-force/users/" + user);

        // failures less than a second apart lock at once (quickLoginCheckMilliSeconds); later ones are not counted
        assertThat(status.get("numFailures").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(status.get("disabled").asBoolean()).as("temporarily locked").isTrue();
    }

    // --- helpers -------------------------------------------------------------------------

    private URI tokenEndpoint() {
        return keycloak.baseUri().resolve("realms/" + REALM + "/protocol/openid-connect/token");
    }

    private URI adminUri(String path) {
        return keycloak.baseUri().resolve("admin/realms/" + REALM + path);
    }

    private JsonNode admin(String path) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + adminToken).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        var body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
