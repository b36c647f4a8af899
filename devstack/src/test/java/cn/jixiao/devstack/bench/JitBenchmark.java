package cn.jixiao.devstack.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jixiao.devstack.DemoUser;
import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.devstack.MongoWireServer;
import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.ServiceEnvironment;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.ServicePorts;
import cn.jixiao.devstack.ServiceProcess.Jit;

/**
 * The services' start and steady-state latency on C1 alone and on the full JIT, with and without class data
 * sharing, side by side in one run (docs/measurements.md, "#13 scale" / "Full JIT with CDS"). Starts MongoDB, Kafka
 * and Keycloak once on free ports (so it runs beside a ./jixiao up), then the four services once per mode from the
 * jars under the repository, with the demo data of ./jixiao up. Per mode: the time until all four are ready, then
 * for one simple GET per back-end, sent directly to it one after the other, p50/p95/p99 of {@value #MEASURED}
 * requests after {@value #WARM_UP} to warm up. Run from the repository root after building the jars:
 * <pre>
 * ./mvnw -o -q -pl devstack test-compile
 * java -cp devstack/target/test-classes:devstack/target/classes:$(cat devstack/target/classpath.txt) \
 *     cn.jixiao.devstack.bench.JitBenchmark
 * </pre>
 */
public final class JitBenchmark {

    static final int WARM_UP = 1500;
    static final int MEASURED = 1000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    record Mode(String name, Jit jit, boolean cds) {
    }

    public static void main(String[] args) throws Exception {
        var root = RepoRoot.find(Path.of(""));
        var work = Files.createTempDirectory("jit-bench");
        var logs = work.resolve("logs");
        var cdsCache = work.resolve("cds");
        System.out.println("logs in " + logs);
        int mongoPort = FreePorts.next();
        try (var mongo = MongoWireServer.startChildProcess(work.resolve("mongo.mv"), mongoPort, logs);
             var kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), work.resolve("kafka"), logs);
             var keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), work.resolve("keycloak"), logs)) {
            var environment = new ServiceEnvironment(ServicePorts.free(), keycloak.issuer(),
                    "mongodb://127.0.0.1:" + mongoPort, kafka.bootstrapServers(), "demo", Optional.of(kafka.logins()));
            var modes = List.of(
                    new Mode("C1 only, no archive (before #13)", Jit.C1_ONLY, false),
                    new Mode("full JIT, no archive", Jit.FULL, false),
                    new Mode("full JIT + CDS, cold (training run)", Jit.FULL, true),
                    new Mode("full JIT + CDS, warm", Jit.FULL, true),
                    new Mode("full JIT + CDS, warm again", Jit.FULL, true));
            var results = new LinkedHashMap<String, String>();
            for (var mode : modes) {
                long begin = System.nanoTime();
                try (var fleet = ServiceFleet.start(root, environment, logs, Duration.ofMinutes(5), mode.jit(),
                        mode.cds() ? Optional.of(cdsCache) : Optional.empty())) {
                    double started = (System.nanoTime() - begin) / 1e9;
                    var token = token(keycloak);
                    var latencies = latencies(fleet, token);
                    results.put(mode.name(), "%.1f s | %s".formatted(started, latencies));
                    System.out.printf("%s: ready after %.1f s; %s%n", mode.name(), started, latencies);
                }
            }
            System.out.println();
            System.out.println("| mode | four services ready | GET p50 / p95 / p99 (ms): project | evaluation | report |");
            System.out.println("|---|---|---|");
            results.forEach((mode, result) -> System.out.println("| " + mode + " | " + result + " |"));
        }
    }

    private static String latencies(ServiceFleet fleet, String token) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var project = fleet.service(Service.PROJECT).baseUri();
        var page = get(http, project.resolve("/api/projects?size=1"), token).body();
        var matcher = ID.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No demo project visible: " + page);
        }
        var projectId = matcher.group(1);
        var gets = new LinkedHashMap<String, URI>();
        gets.put("project", project.resolve("/api/projects/" + projectId));
        gets.put("evaluation", fleet.service(Service.EVALUATION).baseUri().resolve("/api/evaluations?projectId=" + projectId));
        gets.put("report", fleet.service(Service.REPORT).baseUri().resolve("/api/reports/" + projectId + "/texts"));
        var parts = new ArrayList<String>();
        for (Map.Entry<String, URI> get : gets.entrySet()) {
            parts.add(percentiles(http, get.getValue(), token));
        }
        return String.join(" | ", parts);
    }

    private static String percentiles(HttpClient http, URI uri, String token) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(http, uri, token);
        }
        var millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long begin = System.nanoTime();
            get(http, uri, token);
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(millis);
        return "%.1f / %.1f / %.1f".formatted(millis[MEASURED / 2], millis[MEASURED * 95 / 100],
                millis[MEASURED * 99 / 100]);
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String token) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** A token of the first demo login, as the banner's curl example gets one; long-lived enough for a mode. */
    private static String token(KeycloakServer keycloak) throws Exception {
        var user = DemoUser.fromRealm().get(0);
        var form = "grant_type=password&client_id=jixiao-web&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(keycloak.tokenEndpoint())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return matcher.group(1);
    }
}
