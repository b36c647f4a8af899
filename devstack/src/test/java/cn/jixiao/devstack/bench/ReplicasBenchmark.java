package cn.jixiao.devstack.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.devstack.MongoWireServer;
import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.ServiceEnvironment;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.ServicePorts;
import cn.jixiao.devstack.ServiceProcess;
import cn.jixiao.devstack.ServiceProcess.Jit;

/**
 * One and two instances of each back-end behind the one gateway, side by side in one run (docs/measurements.md,
 * "#13 scale" / "Two instances"): MongoDB, Kafka and Keycloak once on free ports, then the services with one and
 * then two instances each (full JIT with CDS, the demo data of ./jixiao up). Per round: GET /api/projects/{id}
 * through the gateway by 4 and 16 concurrent clients for a fixed time (requests/s, p50, p95, errors), and the CPU
 * time each instance spent, which shows whether the gateway gave both instances work. With two instances it also
 * reads what makes each event applied once and each outbox entry relayed once: the members of each service's
 * consumer group and their partitions, and the holder of each service's outbox lease. Run from the repository root
 * after building the jars:
 * <pre>
 * ./mvnw -o -q -pl devstack test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-classpath.txt
 * java -cp devstack/target/test-classes:devstack/target/classes:$(cat devstack/target/test-classpath.txt) \
 *     cn.jixiao.devstack.bench.ReplicasBenchmark [seconds per load] [CDS cache folder]
 * </pre>
 */
public final class ReplicasBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var root = RepoRoot.find(Path.of(""));
        var work = Files.createTempDirectory("replicas-bench");
        // the archives of an earlier run (e.g. JitBenchmark's) spare the training runs
        var cds = args.length > 1 ? Path.of(args[1]) : work.resolve("cds");
        var logs = work.resolve("logs");
        System.out.println("logs in " + logs);
        int mongoPort = FreePorts.next();
        var mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        try (var mongo = MongoWireServer.startChildProcess(work.resolve("mongo.mv"), mongoPort, logs);
             var kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), work.resolve("kafka"), logs);
             var keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), work.resolve("keycloak"), logs)) {
            var table = new ArrayList<String>();
            for (int instances : List.of(1, 2)) {
                var environment = new ServiceEnvironment(ServicePorts.free(instances), keycloak.issuer(), mongoUri,
                        kafka.bootstrapServers(), "demo", Optional.of(kafka.logins()));
                try (var fleet = ServiceFleet.start(root, environment, logs, Duration.ofMinutes(5), Jit.FULL,
                        Optional.of(cds))) {
                    var client = BenchClient.signIn(keycloak);
                    var gateway = fleet.service(Service.GATEWAY).baseUri();
                    var uri = gateway.resolve("/api/projects/" + client.firstProjectId(gateway));
                    load(client, uri, 16, seconds); // warm-up, not counted
                    for (int clients : List.of(4, 16)) {
                        var cpu = cpuSeconds(fleet);
                        var result = load(client, uri, clients, seconds);
                        var spent = new LinkedHashMap<String, String>();
                        cpuSeconds(fleet).forEach((name, after) -> spent.put(name,
                                "%.1f".formatted(after - cpu.getOrDefault(name, 0.0))));
                        var row = "| %d | %d | %s | %s |".formatted(instances, clients, result, spent);
                        System.out.println(row);
                        table.add(row);
                    }
                    if (instances > 1) {
                        System.out.println(consumerGroups(kafka));
                        System.out.println(leases(mongoUri));
                    }
                }
            }
            System.out.println();
            System.out.println("| instances of each back-end | clients | req/s, p50, p95, errors | CPU s per instance |");
            System.out.println("|---|---|---|---|");
            table.forEach(System.out::println);
        }
    }

    /** {@code clients} threads sending the GET one after the other for {@code seconds}. */
    private static String load(BenchClient client, URI uri, int clients, int seconds) throws Exception {
        var millis = new ConcurrentLinkedQueue<Double>();
        var errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long begin = System.nanoTime();
                        try {
                            client.get(uri);
                            millis.add((System.nanoTime() - begin) / 1e6);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        }
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no answer, " + errors + " errors";
        }
        return "%.0f req/s, p50 %.1f ms, p95 %.1f ms, %d errors".formatted(sorted.size() / (double) seconds,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 95 / 100), errors.get());
    }

    private static Map<String, Double> cpuSeconds(ServiceFleet fleet) {
        var cpu = new LinkedHashMap<String, Double>();
        for (ServiceProcess running : fleet.services()) {
            var handle = ProcessHandle.of(running.process().pid()).orElseThrow();
            cpu.put(running.instance().name(),
                    handle.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0));
        }
        return cpu;
    }

    /** Each service's consumer group: one group per service, its instances the members, the partitions split. */
    private static String consumerGroups(KafkaBroker kafka) throws Exception {
        var properties = new HashMap<String, Object>(kafka.logins().admin().clientProperties());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var admin = Admin.create(properties)) {
            var groups = admin.describeConsumerGroups(List.of("evaluation-service", "report-service"))
                    .all().get();
            var text = new StringBuilder("consumer groups:\n");
            groups.forEach((name, group) -> {
                text.append("  ").append(name).append(" (").append(group.groupState()).append("):\n");
                group.members().forEach(member -> text.append("    ").append(member.host()).append(' ')
                        .append(member.assignment().topicPartitions()).append('\n'));
            });
            return text.toString();
        }
    }

    private static String leases(String mongoUri) {
        var text = new StringBuilder("outbox leases:\n");
        try (var client = MongoClients.create(mongoUri)) {
            for (var database : List.of("jixiao-projects", "jixiao-evaluations", "jixiao-reports")) {
                for (Document lease : client.getDatabase(database).getCollection("outbox_lease").find()) {
                    text.append("  ").append(database).append(": ").append(lease.toJson()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
