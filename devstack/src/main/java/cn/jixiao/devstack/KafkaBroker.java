package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka (KRaft mode, broker and controller in one process) in a child JVM on our own
 * classpath, which carries kafka_2.13. The data directory holds the partitions and the cluster id, so a restart
 * on the same directory keeps both.
 */
public final class KafkaBroker implements AutoCloseable {

    /** C1 only (TieredStopAtLevel=1) halves the start on two cores; a dev broker never needs C2's peak speed. */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ManagedProcess process;
    private final int port;
    private final String clusterId;

    private KafkaBroker(ManagedProcess process, int port, String clusterId) {
        this.process = process;
        this.port = port;
        this.clusterId = clusterId;
    }

    /**
     * Formats the storage on first use, starts the broker and returns once it serves requests.
     *
     * @param dataDir keeps server.properties and the log directory; reuse it to keep topics and the cluster id
     * @param logDir  receives kafka.log (and kafka-storage.log from formatting)
     */
    public static KafkaBroker start(int port, int controllerPort, Path dataDir, Path logDir) {
        var logs = dataDir.resolve("logs");
        var config = writeServerProperties(new KafkaServerProperties(port, controllerPort, logs), dataDir);
        var metaProperties = logs.resolve("meta.properties");
        if (!Files.exists(metaProperties)) {
            format(config, logDir);
        }
        var command = JavaCommand.mainClass("kafka.Kafka", JVM_OPTIONS, List.of(config.toString()));
        var spec = ProcessSpec.of("kafka", command, Map.of(), logDir);
        try (var probe = new KafkaClusterProbe(port)) {
            return new KafkaBroker(ManagedProcess.startAndAwait(spec, probe, START_TIMEOUT), port,
                    readClusterId(metaProperties));
        }
    }

    private static Path writeServerProperties(KafkaServerProperties properties, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return Files.writeString(dataDir.resolve("server.properties"), properties.render()).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write server.properties into " + dataDir, e);
        }
    }

    /** Creates meta.properties with a new cluster id and bootstraps a one-voter controller quorum. */
    private static void format(Path config, Path logDir) {
        var command = JavaCommand.mainClass("kafka.tools.StorageTool", JVM_OPTIONS, List.of(
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(),
                "--standalone"));
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

    /** The value for {@code bootstrap.servers}, e.g. localhost:9092. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public String clusterId() {
        return clusterId;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
