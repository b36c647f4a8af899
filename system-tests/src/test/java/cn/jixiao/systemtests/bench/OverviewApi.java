package cn.jixiao.systemtests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The district overview's JSON through the gateway, as the overview page asks for it, with a bearer token. */
final class OverviewApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OverviewApi() {
    }

    static String get(String gateway, String token, int year, String sort, int page, int size)
            throws IOException, InterruptedException {
        return get(gateway, token, String.format("year=%d&sort=%s&page=%d&size=%d", year, sort, page, size));
    }

    /** The overview for {@code query} as it appears in the URL, e.g. the very query the page sent. */
    static String get(String gateway, String token, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/evaluations/overview?" + query))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("overview?" + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** How many projects the whole year has (the summary's count, or the board's {@code total} where it answers one). */
    static long projects(String body) throws IOException {
        JsonNode overview = JSON.readTree(body);
        JsonNode total = overview.path("total");
        return total.isNumber() ? total.asLong() : overview.path("summary").path("projects").asLong();
    }
}
