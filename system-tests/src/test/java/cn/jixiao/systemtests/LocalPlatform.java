package cn.jixiao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.jixiao.devstack.Backoff;
import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.devstack.MongoWireServer;
import cn.jixiao.devstack.ProbedProcess;
import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.ServiceEnvironment;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.ServicePorts;
import cn.jixiao.devstack.Supervised;
import cn.jixiao.devstack.Supervisor;
import cn.jixiao.devstack.backup.RunningStack;
import cn.jixiao.devstack.backup.StackLayout;

/**
 * This machine's platform without Docker, on free ports, as {@code ./jixiao up} runs it: the real Keycloak
 * distribution on a fresh database, the local stack's KRaft broker (each service logs in as its own principal and
 * may write only its own topics), the MongoDB-protocol server in a process of its own (persistent in a file that
 * keeps each acknowledged write across a kill -9), and the four services' jars, each part under a {@link Supervisor}
 * that starts it again when it dies. Process logs are kept in {@code target/e2e-logs}.
 * Started on a {@link StackLayout} (a stack's data folder, e.g. one a backup was restored into), it keeps MongoDB,
 * Kafka and Keycloak there as {@code ./jixiao up} does in {@code .jixiao/data}; otherwise in temporary folders.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * The supervisor's waits before a restart: 5 s first, then doubling up to 10 s (./jixiao up's start at 1 s). A
     * killed part stays down that long at least, so a fault test sees how the others answer meanwhile.
     */
    private static final Backoff QUICK = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    /**
     * The MongoDB-protocol server's: it is back a second after its restart begins, and a service waits up to 10 s for
     * the database before it answers 503 (server selection, {@code StoreTimeoutsAutoConfiguration}); down for less,
     * a request just waits and succeeds. So it stays down 25 s: a request's 503, then health's DOWN, each after 10 s.
     */
    private static final Backoff DATABASE = new Backoff(Duration.ofSeconds(25), Duration.ofSeconds(25), Duration.ofSeconds(30));

    private final Supervisor supervisor = new Supervisor(QUICK, Supervisor.DEFAULT_MAX_ATTEMPTS);
    private final Supervisor databaseSupervisor = new Supervisor(DATABASE, Supervisor.DEFAULT_MAX_ATTEMPTS);
    private KafkaBroker kafka;
    private ProbedProcess mongo;
    private KeycloakServer keycloak;
    private ServiceFleet services;
    private ServiceEnvironment environment;
    private String mongoUri;
    private Path keycloakData;

    private LocalPlatform() {
    }

    /** Services with the demo tenants' projects (金辰's seed project among them), as ./jixiao up runs them. */
    public static LocalPlatform withDemoData() {
        return start("demo");
    }

    /** Services without demo data on a stack's data folder: whatever it holds is the platform's data. */
    public static LocalPlatform withoutDemoDataOn(StackLayout data) {
        return start("", Optional.of(data));
    }

    private static LocalPlatform start(String profiles) {
        return start(profiles, Optional.empty());
    }

    private static LocalPlatform start(String profiles, Optional<StackLayout> data) {
        LocalPlatform platform = new LocalPlatform();
        try {
            Path logs = Files.createDirectories(Path.of("target/e2e-logs"));
            Path kafkaData = data.isPresent() ? data.get().kafkaDir() : Files.createTempDirectory("kafka-e2e");
            platform.keycloakData = data.isPresent() ? data.get().keycloakDir() : Files.createTempDirectory("keycloak-e2e");
            Path mongoFile = data.isPresent() ? data.get().mongoFile()
                    : Files.createTempDirectory("mongo-e2e").resolve("jixiao.mv");
            platform.kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), kafkaData, logs);
            platform.mongo = MongoWireServer.startChildProcess(mongoFile, FreePorts.next(), logs);
            platform.mongoUri = "mongodb://127.0.0.1:" + platform.mongo.port();
            platform.keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), platform.keycloakData, logs);
            platform.environment = new ServiceEnvironment(ServicePorts.free(), platform.keycloak.issuer(), platform.mongoUri,
                    platform.kafka.bootstrapServers(), profiles, Optional.of(platform.kafka.logins()));
            // the four boot together beside Keycloak and the broker: on a busy two-core machine that takes longer than 90 s
            platform.services = ServiceFleet.start(RepoRoot.find(Path.of("")), platform.environment, logs, Duration.ofMinutes(4));
            platform.supervisor.supervise(platform.kafka);
            platform.databaseSupervisor.supervise(platform.mongo);
            platform.supervisor.supervise(platform.keycloak);
            platform.services.services().forEach(platform.supervisor::supervise);
            return platform;
        } catch (IOException e) {
            platform.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public Platform platform() {
        return new Platform(environment.localUrl(Service.GATEWAY), environment.localUrl(Service.PROJECT),
                keycloak.tokenEndpoint(),
                List.of(environment.localUrl(Service.PROJECT), environment.localUrl(Service.EVALUATION),
                        environment.localUrl(Service.REPORT)));
    }

    /** A part by the name its supervisor knows it by: kafka, mongo, keycloak, gateway, project-service, ... */
    public Supervised part(String name) {
        return name.equals(mongo.name()) ? databaseSupervisor.component(name) : supervisor.component(name);
    }

    public URI gateway() {
        return URI.create(environment.localUrl(Service.GATEWAY));
    }

    /** A service directly, not through the gateway. */
    public URI service(Service service) {
        return URI.create(environment.localUrl(service));
    }

    public URI tokenEndpoint() {
        return keycloak.tokenEndpoint();
    }

    /** Where a backup reads this platform while it runs: MongoDB, the broker as its administrator, Keycloak's file. */
    public RunningStack backupSource() {
        return new RunningStack(mongoUri, kafka.bootstrapServers(), kafka.logins().admin(),
                StackLayout.keycloakDatabaseIn(keycloakData));
    }

    /**
     * The gateway as a browser reaches it: by the name {@code localhost}, which Keycloak's redirect URIs name and the
     * session cookie is set for.
     */
    public String browserUrl() {
        return environment.localUrl(Service.GATEWAY).replace(ServiceEnvironment.LOOPBACK, "localhost");
    }

    /** Stops restarting first, then the parts in reverse order of their start. */
    @Override
    public void close() {
        supervisor.close();
        databaseSupervisor.close();
        if (services != null) {
            services.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
