package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka (KRaft mode, broker and controller in one process) in a child JVM on our own
 * classpath, which carries kafka_2.13. The data directory holds the partitions, the cluster id and the SCRAM
 * logins, so a restart on the same directory keeps all three.
 *
 * <p>Every client logs in (SASL/SCRAM-SHA-512) and may only do what {@link KafkaTopicGrants} allows its principal:
 * the users are created when the storage is formatted, the topics and ACLs by the administrator once the broker
 * is up, before any service starts.
 */
public final class KafkaBroker implements Restartable, AutoCloseable {

    /** C1 only (TieredStopAtLevel=1) halves the start on two cores; a dev broker never needs C2's peak speed. */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final String LOGINS_FILE = "sasl-logins.properties";

    private final ManagedProcess process;
    private final int port;
    private final String clusterId;
    private final KafkaLogins logins;

    private KafkaBroker(ManagedProcess process, int port, String clusterId, KafkaLogins logins) {
        this.process = process;
        this.port = port;
        this.clusterId = clusterId;
        this.logins = logins;
    }

    /**
     * Formats the storage on first use, starts the broker, creates the platform's topics and ACLs, and returns
     * once it serves requests.
     *
     * @param dataDir keeps server.properties, the logins and the log directory; reuse it to keep topics, the
     *                cluster id and the passwords
     * @param logDir  receives kafka.log (and kafka-storage.log from formatting)
     */
    public static KafkaBroker start(int port, int controllerPort, Path dataDir, Path logDir) {
        var logs = dataDir.resolve("logs");
        var metaProperties = logs.resolve("meta.properties");
        var loginsFile = dataDir.resolve(LOGINS_FILE);
        var kept = KafkaLogins.readFrom(loginsFile);
        var logins = kept.orElseGet(KafkaLogins::generate);
        if (kept.isEmpty()) {
            // A storage formatted before the broker required logins has no SCRAM users and cannot get any
            deleteRecursively(logs);
            logins.writeTo(loginsFile);
        }
        var config = writeServerProperties(new KafkaServerProperties(port, controllerPort, logs, logins.admin()), dataDir);
        if (!Files.exists(metaProperties)) {
            format(config, logins, logDir);
        }
        var command = JavaCommand.mainClass("kafka.Kafka", JVM_OPTIONS, List.of(config.toString()));
        var spec = ProcessSpec.of("kafka", command, Map.of(), logDir);
        var bootstrapServers = KafkaServerProperties.HOST + ":" + port;
        ManagedProcess process;
        try (var probe = new KafkaClusterProbe(port, bootstrapServers, logins.admin())) {
            process = ManagedProcess.startAndAwait(spec, probe, START_TIMEOUT);
        }
        try {
            new KafkaSetup(bootstrapServers, logins).apply();
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new KafkaBroker(process, port, readClusterId(metaProperties), logins);
    }

    private static Path writeServerProperties(KafkaServerProperties properties, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return Files.writeString(dataDir.resolve("server.properties"), properties.render()).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write server.properties into " + dataDir, e);
        }
    }

    /**
     * Creates meta.properties with a new cluster id, bootstraps a one-voter controller quorum, and writes the
     * SCRAM credentials of every user into the first metadata, so the administrator can log in at the first start.
     */
    private static void format(Path config, KafkaLogins logins, Path logDir) {
        var args = new ArrayList<>(List.of(
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(), "--standalone"));
        for (var login : logins.all()) {
            args.add("--add-scram");
            args.add(login.scramArgument());
        }
        var command = JavaCommand.mainClass("kafka.tools.StorageTool", JVM_OPTIONS, args);
        ManagedProcess.run(ProcessSpec.of("kafka-storage", command, Map.of(), logDir), FORMAT_TIMEOUT);
    }

    private static String readClusterId(Path metaProperties) {
        try (var reader = Files.newBufferedReader(metaProperties)) {
            var properties = new Properties();
            properties.load(reader);
            return properties.getProperty("cluster.id");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + metaProperties, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /**
     * Launches the broker again on its data directory after its process died and returns once it serves: the same
     * server.properties, so the same ports, cluster id, partitions and logins. The storage is not formatted again
     * (that is for a new directory only, and would lose every event); the topics and ACLs are applied again, which
     * changes nothing where they exist.
     */
    @Override
    public void restart() {
        process.relaunch("restarted by the supervisor");
        try (var probe = new KafkaClusterProbe(port, bootstrapServers(), logins.admin())) {
            process.awaitReady(probe, START_TIMEOUT);
        }
        new KafkaSetup(bootstrapServers(), logins).apply();
    }

    @Override
    public int port() {
        return port;
    }

    /** The value for {@code bootstrap.servers}, e.g. 127.0.0.1:9092. */
    public String bootstrapServers() {
        return KafkaServerProperties.HOST + ":" + port;
    }

    /** The users of this broker: the administrator and one principal per service. */
    public KafkaLogins logins() {
        return logins;
    }

    /** Bootstrap servers plus the SASL settings of {@code login}: what a client needs to connect as that user. */
    public Map<String, Object> clientProperties(KafkaLogin login) {
        var properties = new HashMap<String, Object>(login.clientProperties());
        properties.put("bootstrap.servers", bootstrapServers());
        return properties;
    }

    public String clusterId() {
        return clusterId;
    }

    @Override
    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
