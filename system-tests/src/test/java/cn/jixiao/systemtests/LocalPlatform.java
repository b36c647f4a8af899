package cn.jixiao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import cn.jixiao.devstack.backup.RunningStack;
import cn.jixiao.devstack.backup.StackLayout;

/**
 * This machine's platform without Docker, on free ports: the real Keycloak distribution on a fresh database, the
 * local stack's KRaft broker (each service logs in as its own principal and may write only its own topics), the
 * MongoDB-protocol server, and the four services' jars. Process logs are kept in {@code target/e2e-logs}.
 * Started on a {@link StackLayout} (a stack's data folder, e.g. one a backup was restored into), it keeps MongoDB,
 * Kafka and Keycloak there as {@code ./jixiao up} does in {@code .jixiao/data}.
 */
public final class LocalPlatform implements AutoCloseable {

    private KafkaBroker kafka;
    private MongoWireServer mongo;
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
            platform.kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), kafkaData, logs);
            platform.mongo = data.map(layout -> MongoWireServer.persistentAt(layout.mongoFile())).orElseGet(MongoWireServer::inMemory);
            platform.mongoUri = platform.mongo.startOnFreePort();
            platform.keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), platform.keycloakData, logs);
            platform.environment = new ServiceEnvironment(ServicePorts.free(), platform.keycloak.issuer(), platform.mongoUri,
                    platform.kafka.bootstrapServers(), profiles, Optional.of(platform.kafka.logins()));
            // the four boot together beside Keycloak and the broker: on a busy two-core machine that takes longer than 90 s
            platform.services = ServiceFleet.start(RepoRoot.find(Path.of("")), platform.environment, logs, Duration.ofMinutes(4));
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

    @Override
    public void close() {
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
