package cn.jixiao.systemtests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running local stack ({@code ./jixiao up}): the latency a GET pays for going through the gateway,
 * how long a registered project takes to become visible in evaluation-service, and the project list under
 * 50 concurrent clients with 2,000 projects in the street (it registers what is missing). A benchmark to run by
 * hand, not a test:
 *
 * <pre>./mvnw -q -pl system-tests exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.jixiao.systemtests.bench.PlatformBenchmark</pre>
 */
public final class PlatformBenchmark {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 1_000;
    private static final int EVENTS = 50;
    private static final int TENANT_PROJECTS = 2_000;
    private static final int CONCURRENT = 50;
    private static final int LISTS_PER_CLIENT = 20;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private PlatformBenchmark(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        PlatformBenchmark benchmark = new PlatformBenchmark(Measurements.login("jinchen-editor"));
        String projectId = benchmark.register();
        benchmark.getLatency("gateway :8080", "http://localhost:8080/api/projects/" + projectId);
        benchmark.getLatency("direct  :8081", "http://localhost:8081/api/projects/" + projectId);
        benchmark.eventLatency();
        benchmark.listUnderLoad();
    }

    /** 50 clients at once listing a street's projects through the gateway, with 2,000 projects in the street. */
    private void listUnderLoad() throws Exception {
        int missing = TENANT_PROJECTS - total();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Future<?>> registrations = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                registrations.add(pool.submit(() -> {
                    register();
                    return null;
                }));
            }
            for (Future<?> registration : registrations) {
                registration.get();
            }
            System.out.printf("street has %d projects (%d registered now)%n", total(), Math.max(missing, 0));
            HttpRequest list = HttpRequest.newBuilder(URI.create("http://localhost:8080/api/projects?year=2023&size=50"))
                    .header("Authorization", "Bearer " + token).build();
            for (int i = 0; i < WARM_UP; i++) {
                expectOk(http.send(list, HttpResponse.BodyHandlers.discarding()));
            }
            long[] nanos = new long[CONCURRENT * LISTS_PER_CLIENT];
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CONCURRENT; client++) {
                int first = client * LISTS_PER_CLIENT;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < LISTS_PER_CLIENT; i++) {
                        long start = System.nanoTime();
                        expectOk(http.send(list, HttpResponse.BodyHandlers.discarding()));
                        nanos[first + i] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            Measurements.report("GET project list, " + CONCURRENT + " concurrent, via gateway", nanos);
        } finally {
            pool.shutdown();
        }
    }

    private int total() throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/projects?size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(page);
        if (!total.find()) {
            throw new IllegalStateException("no total in " + page);
        }
        return Integer.parseInt(total.group(1));
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
        Measurements.report("GET " + label, nanos);
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
        Measurements.report("POST project -> visible in evaluation-service", nanos);
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

    private static void expectOk(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }
}
