package cn.jixiao.devstack.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import cn.jixiao.devstack.DemoUser;
import cn.jixiao.devstack.KeycloakServer;

/** GETs as the first demo login, for the benchmarks of the stack. */
final class BenchClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token;

    private BenchClient(String token) {
        this.token = token;
    }

    /** Signs the first demo login in, as the banner's curl example does. */
    static BenchClient signIn(KeycloakServer keycloak) throws Exception {
        var user = DemoUser.fromRealm().get(0);
        var form = "grant_type=password&client_id=jixiao-web&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(keycloak.tokenEndpoint())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return new BenchClient(matcher.group(1));
    }

    /** The id of a demo project the login sees, through {@code base} (the gateway or project-service). */
    String firstProjectId(URI base) throws Exception {
        var page = get(base.resolve("/api/projects?size=1"));
        var matcher = ID.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No demo project visible: " + page);
        }
        return matcher.group(1);
    }

    /** The body of a GET that must answer 200. */
    String get(URI uri) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
