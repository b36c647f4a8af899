package cn.jixiao.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.MountableFile;

import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.ServiceEnvironment;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.ServicePorts;

/**
 * The same thread against the real images: a MongoDB replica set, Apache Kafka and Keycloak, with the four
 * services' jars as processes. Runs wherever a Docker engine is available; elsewhere JUnit reports it as
 * skipped ("disabledWithoutDocker"), and the build goes on.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPlatformTest extends EndToEndThread {

    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
    private final GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.5.6")
            .withCommand("start-dev", "--import-realm", "--health-enabled=true")
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
            .withCopyFileToContainer(MountableFile.forClasspathResource("keycloak/jixiao-realm.json"),
                    "/opt/keycloak/data/import/jixiao-realm.json")
            .withExposedPorts(8080, 9000)
            .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(Duration.ofMinutes(3)));

    private ServiceFleet services;
    private ServiceEnvironment environment;

    @BeforeAll
    void startPlatform() throws IOException {
        mongo.start();
        kafka.start();
        keycloak.start();
        // tokens are requested from, and checked against, the same host:port the services use
        String issuer = keycloakUrl() + "/realms/jixiao";
        String mongoUri = mongo.getConnectionString();
        environment = new ServiceEnvironment(ServicePorts.free(), issuer, mongoUri, kafka.getBootstrapServers());
        services = ServiceFleet.start(RepoRoot.find(Path.of("")), environment,
                Files.createDirectories(Path.of("target/e2e-container-logs")));
    }

    @AfterAll
    void stopPlatform() {
        if (services != null) {
            services.close();
        }
        keycloak.stop();
        kafka.stop();
        mongo.stop();
    }

    private String keycloakUrl() {
        return "http://localhost:" + keycloak.getMappedPort(8080);
    }

    @Override
    protected Platform platform() {
        return new Platform(environment.localUrl(Service.GATEWAY), environment.localUrl(Service.PROJECT),
                URI.create(keycloakUrl() + "/realms/jixiao/protocol/openid-connect/token"),
                List.of(environment.localUrl(Service.PROJECT), environment.localUrl(Service.EVALUATION),
                        environment.localUrl(Service.REPORT)));
    }
}
