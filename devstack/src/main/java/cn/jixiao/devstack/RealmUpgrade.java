package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a realm imported by an older checkout up to the realm file's clients and login theme.
 *
 * <p>Keycloak imports the realm file only into a database without the realm, so a local stack whose
 * {@code .jixiao/keycloak} was made before a client was added to the file (e.g. {@code jixiao-gateway}, issue #11)
 * would never get it, and the workbench's sign-in would fail with "client not found". After every start this adds
 * what is missing, through the Admin API, and changes nothing that exists: a client changed by hand stays as it
 * is, and so do users, groups and onboarded tenants.
 */
final class RealmUpgrade {

    private static final String REALM_RESOURCE = "/keycloak/jixiao-realm.json";
    /** Keycloak's import placeholders, {@code ${NAME}} or {@code ${NAME:default}}; the Admin API does not resolve them. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)(?::([^}]*))?}");

    private final URI baseUri;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param baseUri     Keycloak, ending with a slash
     * @param environment what Keycloak's import reads placeholders from
     */
    RealmUpgrade(URI baseUri, Map<String, String> environment) {
        this.baseUri = baseUri;
        this.environment = environment;
    }

    /** @return what was added, e.g. "client jixiao-gateway"; empty for a realm that was up to date */
    List<String> apply(String adminUsername, String adminPassword) {
        try {
            JsonNode realmFile = json.readTree(RealmUpgrade.class.getResourceAsStream(REALM_RESOURCE));
            String realm = realmFile.path("realm").asText();
            String token = adminToken(adminUsername, adminPassword);
            List<String> added = new ArrayList<>();
            for (JsonNode client : realmFile.path("clients")) {
                String clientId = client.path("clientId").asText();
                JsonNode existing = json.readTree(send(token, "GET", "admin/realms/" + realm + "/clients?clientId="
                        + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null));
                if (existing.isArray() && existing.isEmpty()) {
                    send(token, "POST", "admin/realms/" + realm + "/clients", resolved(client));
                    added.add("client " + clientId);
                }
            }
            String theme = realmFile.path("loginTheme").asText("");
            JsonNode current = json.readTree(send(token, "GET", "admin/realms/" + realm, null));
            if (!theme.isEmpty() && current.path("loginTheme").asText("").isEmpty()) {
                ObjectNode update = json.createObjectNode().put("loginTheme", theme);
                send(token, "PUT", "admin/realms/" + realm, update.toString());
                added.add("login theme " + theme);
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bring the realm up to date", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String resolved(JsonNode client) {
        Matcher placeholder = PLACEHOLDER.matcher(client.toString());
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = environment.getOrDefault(placeholder.group(1), placeholder.group(2));
            if (value == null) {
                throw new IllegalStateException("The realm file needs " + placeholder.group(1));
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    private String adminToken(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin login failed: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private String send(String token, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).header("Authorization", "Bearer " + token);
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
