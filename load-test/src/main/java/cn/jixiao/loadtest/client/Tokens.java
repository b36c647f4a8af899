package cn.jixiao.loadtest.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Access tokens from Keycloak by the password grant of the workbench's public client ({@code jixiao-web}), as the
 * README's curl walkthrough gets them, kept per user until a minute before they expire. A person signs in once and
 * works with the token for its lifetime (15 minutes in the local realm); a load test that signed in before every
 * request would measure Keycloak's password hashing instead of the platform.
 */
public final class Tokens {

    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI tokenEndpoint;
    private final String clientId;
    private final Clock clock;
    private final Map<String, Token> byUser = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    public Tokens(String keycloakUrl, String realm, String clientId, Clock clock) {
        this.tokenEndpoint = URI.create(keycloakUrl.replaceAll("/$", "") + "/realms/" + realm + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clock = clock;
    }

    /** The local stack's realm and the workbench's client. */
    public static Tokens ofRealm(String keycloakUrl) {
        return new Tokens(keycloakUrl, "jixiao", "jixiao-web", Clock.systemUTC());
    }

    /** A valid token of the user, signing in only when none is kept or the kept one is about to expire. */
    public String of(String username, String password) {
        Instant now = clock.instant();
        return byUser.compute(username, (user, kept) -> kept != null && kept.expires().minus(MARGIN).isAfter(now)
                ? kept : signIn(user, password, now)).value();
    }

    private Token signIn(String username, String password, Instant now) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(username + " cannot sign in (" + response.statusCode() + "): " + response.body());
            }
            JsonNode token = JsonApi.JSON.readTree(response.body());
            return new Token(token.get("access_token").asText(), now.plusSeconds(token.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
