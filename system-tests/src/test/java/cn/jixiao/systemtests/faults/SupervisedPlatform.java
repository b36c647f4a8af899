package cn.jixiao.systemtests.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * The platform as {@code ./jixiao up} runs it, on free ports, for killing its parts: every part is its own process
 * (the MongoDB-protocol server too, persistent in a file that keeps each acknowledged write across a kill -9), and a
 * {@link Supervisor} starts a killed part again, with a short backoff so that a test does not wait long. Logs in
 * {@code target/fault-logs}.
 */
final class SupervisedPlatform implements AutoCloseable {

    /**
     * The supervisor's waits before a restart: 5 s first, then doubling up to 10 s. A killed part stays down that long
     * at least, so a test sees how the others answer meanwhile.
     */
    private static final Backoff QUICK = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    /**
     * The MongoDB-protocol server's: it is back a second after its restart begins, and a service waits up to 10 s for
     * the database before it answers 503 (server selection, {@code StoreTimeoutsAutoConfiguration}); down for less,
     * a request just waits and succeeds. So it stays down 25 s: a request's 503, then health's DOWN, each after 10 s.
     */
    private static final Backoff DATABASE = new Backoff(Duration.ofSeconds(25), Duration.ofSeconds(25), Duration.ofSeconds(30));

    private final List<AutoCloseable> started = new ArrayList<>();
    private Supervisor supervisor;
    private Supervisor databaseSupervisor;
    private KeycloakServer keycloak;
    private ServiceEnvironment environment;

    private SupervisedPlatform() {
    }

    static SupervisedPlatform start() {
        var platform = new SupervisedPlatform();
        try {
            Path logs = Files.createDirectories(Path.of("target/fault-logs"));
            Path data = Files.createTempDirectory("jixiao-faults");
            platform.supervisor = new Supervisor(QUICK, 10);
            platform.databaseSupervisor = new Supervisor(DATABASE, 10);
            KafkaBroker kafka = platform.keep(KafkaBroker.start(FreePorts.next(), FreePorts.next(), data.resolve("kafka"), logs));
            ProbedProcess mongo = platform.keep(MongoWireServer.startChildProcess(data.resolve("mongo/jixiao.mv"),
                    FreePorts.next(), logs));
            platform.keycloak = platform.keep(KeycloakServer.start(FreePorts.next(), FreePorts.next(), data.resolve("keycloak"), logs));
            platform.environment = new ServiceEnvironment(ServicePorts.free(), platform.keycloak.issuer(),
                    "mongodb://127.0.0.1:" + mongo.port(), kafka.bootstrapServers(), "", Optional.of(kafka.logins()));
            ServiceFleet services = platform.keep(ServiceFleet.start(RepoRoot.find(Path.of("")), platform.environment, logs,
                    Duration.ofMinutes(4)));
            platform.supervisor.supervise(kafka);
            platform.databaseSupervisor.supervise(mongo);
            platform.supervisor.supervise(platform.keycloak);
            services.services().forEach(platform.supervisor::supervise);
            return platform;
        } catch (IOException e) {
            platform.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private <T extends AutoCloseable> T keep(T part) {
        started.add(part);
        return part;
    }

    /** A part by the name the supervisor knows it by: kafka, mongo, keycloak, gateway, project-service, ... */
    Supervised part(String name) {
        return supervisor.components().stream().anyMatch(part -> part.name().equals(name))
                ? supervisor.component(name) : databaseSupervisor.component(name);
    }

    URI gateway() {
        return URI.create(environment.localUrl(Service.GATEWAY));
    }

    URI service(Service service) {
        return URI.create(environment.localUrl(service));
    }

    URI tokenEndpoint() {
        return keycloak.tokenEndpoint();
    }

    /** Stops restarting first, then the parts in reverse order of their start. */
    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (databaseSupervisor != null) {
            databaseSupervisor.close();
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + started.get(i) + ": " + e);
            }
        }
    }
}
