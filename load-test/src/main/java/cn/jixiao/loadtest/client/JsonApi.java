package cn.jixiao.loadtest.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP with a bearer token: the few calls the seeding tool makes, each answer checked for its status. */
public final class JsonApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    public JsonApi(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** The answer's status and body; the caller decides which statuses it expects. */
    public record Answer(int status, JsonNode body) {

        public JsonNode expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return body;
                }
            }
            throw new IllegalStateException("answered " + status + ": " + body);
        }
    }

    public Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    public Answer post(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(json(body)).header("Content-Type", "application/json"), token);
    }

    public Answer put(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(json(body)).header("Content-Type", "application/json"), token);
    }

    public Answer delete(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), token);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
