package cn.jixiao.systemtests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running local stack ({@code ./jixiao up}): the latency a GET pays for going through the gateway,
 * and how long a registered project takes to become visible in evaluation-service. A benchmark to run by
 * hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.PlatformBenchmark</pre>
 */
public final class PlatformBenchmark {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 1_000;
    private static final int EVENTS = 50;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private PlatformBenchmark(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        PlatformBenchmark benchmark = new PlatformBenchmark(login("jinchen-editor"));
        String projectId = benchmark.register();
        benchmark.getLatency("gateway :8080", "http://localhost:8080/api/projects/" + projectId);
        benchmark.getLatency("direct  :8081", "http://localhost:8081/api/projects/" + projectId);
        benchmark.eventLatency();
    }

    private void getLatency(String label, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(http.send(request, HttpResponse.BodyHandlers.discarding()));
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            expectOk(http.send(request, HttpResponse.BodyHandlers.discarding()));
            nanos[i] = System.nanoTime() - start;
        }
        report("GET " + label, nanos);
    }

    /** From sending the POST to the gateway until evaluation-service lists the project's draft evaluation. */
    private void eventLatency() throws Exception {
        long[] nanos = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            long start = System.nanoTime();
            String projectId = register();
            HttpRequest poll = HttpRequest.newBuilder(URI.create("http://localhost:8082/api/evaluations?projectId=" + projectId))
                    .header("Authorization", "Bearer " + token).build();
            while (!http.send(poll, HttpResponse.BodyHandlers.ofString()).body().contains(projectId)) {
                Thread.onSpinWait();
            }
            nanos[i] = System.nanoTime() - start;
        }
        report("POST project -> visible in evaluation-service", nanos);
    }

    private String register() throws IOException, InterruptedException {
        String body = """
                {"code":"BENCH-%s","name":"基准测试项目","year":2023,
                 "competentDepartment":"昆明市盘龙区人民政府金辰街道办事处","implementingUnit":"昆明市盘龙区人民政府金辰街道办事处"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("register failed: " + created.statusCode() + " " + created.body());
        }
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + created.body());
        }
        return id.group(1);
    }

    private static String login(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=jixiao-web&password=Jixiao-2026&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:18080/realms/jixiao/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return token.group(1);
    }

    private static void expectOk(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-48s n=%d  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", label, sorted.length,
                percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
