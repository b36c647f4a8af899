package cn.jixiao.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code ./jixiao up}: the whole platform on this machine, without Docker. Starts MongoDB (wire server), Kafka,
 * Keycloak and then the four services, keeping all state under {@code .jixiao/} at the repository root. A
 * {@link Supervisor} starts a part that dies again with backoff while the others keep running, and keeps
 * {@code .jixiao/status.json} for {@code ./jixiao status}. Ctrl-C stops everything in reverse order (see
 * {@link OrphanGuard}).
 */
public final class LocalStack {

    private static final int MONGO_PORT = 27017;
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int KEYCLOAK_PORT = 18080;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 19000;
    /** Under .jixiao/, read by ./jixiao status. */
    static final String STATUS_FILE = "status.json";

    private LocalStack() {
    }

    public static void main(String[] args) {
        try {
            run(Replicas.from(args, System.getenv("JIXIAO_REPLICAS")));
        } catch (RuntimeException e) {
            System.err.printf("%nThe stack did not start: %s%n", e.getMessage());
            // Exiting runs the shutdown hook, which stops whatever had started
            System.exit(1);
        }
    }

    private static void run(int instances) {
        var started = Instant.now();
        var root = RepoRoot.find(Path.of(""));
        var state = root.resolve(".jixiao");
        var data = state.resolve("data");
        var logs = state.resolve("logs");
        requireFreePorts(ServicePorts.local(instances));
        ServiceFleet.requireJars(root);

        // each part is supervised from the moment it is ready: Kafka dying while Keycloak starts is started again
        var supervisor = new Supervisor(Backoff.DEFAULT, Supervisor.DEFAULT_MAX_ATTEMPTS,
                Optional.of(new StatusFile(state.resolve(STATUS_FILE))));
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::close, "devstack-stop-supervising"));
        supervisor.supervise(step("MongoDB wire server on :" + MONGO_PORT,
                () -> MongoWireServer.startChildProcess(data.resolve("mongo").resolve("jixiao.mv"), MONGO_PORT, logs)));
        var kafka = step("Kafka on :" + KAFKA_PORT + " (SASL/SCRAM, ACLs per service)",
                () -> KafkaBroker.start(KAFKA_PORT, KAFKA_CONTROLLER_PORT, data.resolve("kafka"), logs));
        supervisor.supervise(kafka);
        var keycloak = step("Keycloak on :" + KEYCLOAK_PORT + " (the first start takes about 40 s)",
                () -> KeycloakServer.start(KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, data.resolve("keycloak"), logs));
        supervisor.supervise(keycloak);
        var environment = ServiceEnvironment.local(kafka, instances);
        var jit = ServiceProcess.Jit.fromEnvironment();
        // JIXIAO_CDS=off starts the services from their jars without archives, to measure what the archives save
        var cds = "off".equalsIgnoreCase(System.getenv().getOrDefault("JIXIAO_CDS", ""))
                ? Optional.<Path>empty() : Optional.of(state.resolve("cds"));
        var fleet = step(instances == 1 ? "the four services" : "the gateway and " + instances
                        + " instances of each back-end",
                // n instances of each back-end boot at once on the same cores: each takes about n times as long
                () -> ServiceFleet.start(root, environment, logs,
                        ServiceFleet.DEFAULT_READY_TIMEOUT.multipliedBy(instances), jit, cds));
        fleet.services().forEach(supervisor::supervise);

        System.out.print(new StackBanner(environment, keycloak, state, DemoUser.fromRealm(),
                Duration.between(started, Instant.now())).render());
        // from here on the supervisor keeps the stack up; Ctrl-C (SIGTERM to this JVM) stops it through OrphanGuard
        awaitTermination();
    }

    private static <T> T step(String what, Supplier<T> start) {
        System.out.printf("Starting %s ...%n", what);
        var begin = Instant.now();
        var result = start.get();
        System.out.printf("  ready after %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        return result;
    }

    private static void requireFreePorts(ServicePorts services) {
        var ports = new LinkedHashMap<Integer, String>();
        ports.put(MONGO_PORT, "MongoDB");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "Kafka controller");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        ports.put(KEYCLOAK_MANAGEMENT_PORT, "Keycloak management");
        for (var instance : services.instances()) {
            ports.put(instance.port(), instance.name());
        }
        var taken = ports.entrySet().stream()
                .filter(port -> !FreePorts.isFree(port.getKey()))
                .map(port -> port.getKey() + " (" + port.getValue() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", taken)
                    + ". Is another ./jixiao up still running?");
        }
    }

    private static void awaitTermination() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
