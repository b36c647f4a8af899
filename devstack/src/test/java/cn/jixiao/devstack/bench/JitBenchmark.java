package cn.jixiao.devstack.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * for one simple GET per back-end, sent directly to it one after the other, p50/p95/p99 of 1,000
 * requests after 1,500 to warm up ({@code -Dbench.measured}, {@code -Dbench.warmUp}). Run from the repository root after building the jars:
 * <pre>
 * ./mvnw -o -q -pl devstack test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-classpath.txt
 * java -cp devstack/target/test-classes:devstack/target/classes:$(cat devstack/target/test-classpath.txt) \
 *     cn.jixiao.devstack.bench.JitBenchmark [modes, e.g. c1,cds,c1,cds; default c1,full,cds,cds,cds]
 * </pre>
 */
public final class JitBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmUp", 1500);
    /** -Dbench.measured=0 measures the starts only. */
    static final int MEASURED = Integer.getInteger("bench.measured", 1000);

    record Mode(String name, Jit jit, boolean cds) {
    }

    /** e.g. {@code c1,cds,c1,cds}: C1 alone, the full JIT without archive ({@code full}) or with ({@code cds}). */
    private static List<Mode> modes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(mode -> switch (mode.trim()) {
            case "c1" -> new Mode("C1 only, no archive (before #13)", Jit.C1_ONLY, false);
            case "full" -> new Mode("full JIT, no archive", Jit.FULL, false);
            case "cds" -> new Mode("full JIT + CDS", Jit.FULL, true);
            default -> throw new IllegalArgumentException("c1, full or cds, not " + mode);
        }).toList();
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
            var modes = args.length > 0 ? modes(args[0]) : List.of(
                    new Mode("C1 only, no archive (before #13)", Jit.C1_ONLY, false),
                    new Mode("full JIT, no archive", Jit.FULL, false),
                    new Mode("full JIT + CDS", Jit.FULL, true),
                    new Mode("full JIT + CDS", Jit.FULL, true),
                    new Mode("full JIT + CDS", Jit.FULL, true));
            var results = new ArrayList<String>();
            for (var mode : modes) {
                var name = mode.name() + (mode.cds() ? (Files.exists(cdsCache) ? ", warm" : ", cold (training run)")
                        : "");
                long begin = System.nanoTime();
                try (var fleet = ServiceFleet.start(root, environment, logs, Duration.ofMinutes(5), mode.jit(),
                        mode.cds() ? Optional.of(cdsCache) : Optional.empty())) {
                    double started = (System.nanoTime() - begin) / 1e9;
                    var latencies = latencies(fleet, BenchClient.signIn(keycloak));
                    results.add("| %s | %.1f s | %s |".formatted(name, started, latencies));
                    System.out.printf("%s: ready after %.1f s; %s%n", name, started, latencies);
                }
            }
            System.out.println();
            System.out.println("| mode | four services ready | GET p50 / p95 / p99 (ms): project | evaluation | report |");
            System.out.println("|---|---|---|---|---|");
            results.forEach(System.out::println);
        }
    }

    private static String latencies(ServiceFleet fleet, BenchClient client) throws Exception {
        if (MEASURED == 0) {
            return "- | - | -";
        }
        var project = fleet.service(Service.PROJECT).baseUri();
        var projectId = client.firstProjectId(project);
        var gets = new LinkedHashMap<String, URI>();
        gets.put("project", project.resolve("/api/projects/" + projectId));
        gets.put("evaluation", fleet.service(Service.EVALUATION).baseUri().resolve("/api/evaluations?projectId=" + projectId));
        gets.put("report", fleet.service(Service.REPORT).baseUri().resolve("/api/reports/" + projectId + "/texts"));
        var parts = new ArrayList<String>();
        for (Map.Entry<String, URI> get : gets.entrySet()) {
            parts.add(percentiles(client, get.getValue()));
        }
        return String.join(" | ", parts);
    }

    private static String percentiles(BenchClient client, URI uri) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            client.get(uri);
        }
        var millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long begin = System.nanoTime();
            client.get(uri);
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(millis);
        return "%.1f / %.1f / %.1f".formatted(millis[MEASURED / 2], millis[MEASURED * 95 / 100],
                millis[MEASURED * 99 / 100]);
    }
}
