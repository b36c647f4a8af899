package cn.jixiao.devstack.backup;

import java.nio.file.Path;
import java.util.List;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KafkaLogins;
import cn.jixiao.devstack.MongoWireServer;
import cn.jixiao.devstack.RepoRoot;

/**
 * {@code ./jixiao backup DIR} and {@code ./jixiao restore DIR [--replace]} on the local stack's {@code .jixiao/data}.
 *
 * <p>A backup works whether the stack runs or not: running, it reads MongoDB and Kafka where {@code ./jixiao up}
 * serves them; stopped, it starts a MongoDB wire server and a broker on the data folder, on free ports, for the time
 * of the backup. A restore needs the stack stopped.
 */
public final class BackupCommand {

    // the ports ./jixiao up binds (LocalStack): something listening there means the stack runs
    private static final int MONGO_PORT = 27017;
    private static final int KAFKA_PORT = 9092;
    private static final int KEYCLOAK_PORT = 18080;
    private static final String USAGE = "usage: ./jixiao backup DIR | ./jixiao restore DIR [--replace]";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args)));
        } catch (RuntimeException e) {
            System.err.printf("%n%s%n", e.getMessage());
            System.exit(1);
        }
    }

    private static int run(List<String> args) {
        if (args.size() < 2) {
            System.err.println(USAGE);
            return 2;
        }
        var root = RepoRoot.find(Path.of(""));
        // the script runs from the repository root; DIR is meant from where the developer typed it
        var directory = Path.of(System.getProperty("jixiao.cwd", "")).resolve(args.get(1)).toAbsolutePath().normalize();
        var layout = StackLayout.local(root);
        switch (args.get(0)) {
            case "backup" -> {
                if (args.size() != 2) {
                    System.err.println(USAGE);
                    return 2;
                }
                backup(layout, directory, root);
            }
            case "restore" -> {
                var replace = args.size() == 3 && args.get(2).equals("--replace");
                if (args.size() > 3 || args.size() == 3 && !replace) {
                    System.err.println(USAGE);
                    return 2;
                }
                restore(layout, directory, root.resolve(".jixiao").resolve("logs"), replace);
            }
            default -> {
                System.err.println(USAGE);
                return 2;
            }
        }
        return 0;
    }

    private static void backup(StackLayout layout, Path directory, Path root) {
        if (layout.isEmpty()) {
            throw new IllegalStateException("Nothing to back up: " + layout.data() + " is empty. Start the stack once.");
        }
        var logins = KafkaLogins.ofBrokerData(layout.kafkaDir()).orElseThrow(() -> new IllegalStateException(
                "The broker in " + layout.kafkaDir() + " has no logins; start the stack once"));
        BackupManifest manifest;
        if (!FreePorts.isFree(MONGO_PORT)) {
            if (FreePorts.isFree(KAFKA_PORT)) {
                throw new IllegalStateException("MongoDB answers on " + MONGO_PORT + " but Kafka not on " + KAFKA_PORT
                        + ": wait until the stack is up, or stop it");
            }
            // the stack on the fixed ports must be this checkout's: the administrator's login is read from its data
            System.out.println("Backing up the running stack of " + layout.data() + " into " + directory + " ...");
            manifest = StackBackup.write(new RunningStack("mongodb://127.0.0.1:" + MONGO_PORT, "127.0.0.1:" + KAFKA_PORT,
                    logins.admin(), layout.keycloakDatabase()), directory, root);
        } else {
            System.out.println("The stack is stopped: starting its MongoDB and Kafka on free ports to back them up into "
                    + directory + " ...");
            var mongo = MongoWireServer.persistentAt(layout.mongoFile());
            try (var kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), layout.kafkaDir(),
                    layout.data().resolveSibling("logs"))) {
                var uri = mongo.startOnFreePort();
                manifest = StackBackup.write(new RunningStack(uri, kafka.bootstrapServers(), logins.admin(),
                        layout.keycloakDatabase()), directory, root);
            } finally {
                mongo.close();
            }
        }
        System.out.println(summary("Backed up", manifest) + "\nManifest: " + directory.resolve(BackupManifest.FILE_NAME));
    }

    private static void restore(StackLayout layout, Path directory, Path logs, boolean replace) {
        for (int port : List.of(MONGO_PORT, KAFKA_PORT, KEYCLOAK_PORT)) {
            if (!FreePorts.isFree(port)) {
                throw new IllegalStateException("Port " + port + " is in use: stop ./jixiao up before restoring");
            }
        }
        System.out.println("Restoring " + directory + " into " + layout.data() + " ...");
        var restored = StackRestore.restore(directory, layout, logs, replace);
        restored.previousData().ifPresent(previous -> System.out.println("The previous data is in " + previous));
        System.out.println(summary("Restored", restored.manifest()) + "\nStart it with ./jixiao up");
    }

    private static String summary(String what, BackupManifest manifest) {
        long documents = manifest.mongoDocuments().values().stream()
                .flatMap(collections -> collections.values().stream()).mapToLong(Long::longValue).sum();
        long records = manifest.kafkaRecords().values().stream().mapToLong(Long::longValue).sum();
        return String.format("%s %d documents in %d databases, %d Kafka records in %d topics with %d consumer groups' "
                        + "offsets, and Keycloak's database (Keycloak %s), taken %s from code %s", what, documents,
                manifest.mongoDocuments().size(), records, manifest.kafkaRecords().size(), manifest.consumerGroups().size(),
                manifest.keycloakVersion(), manifest.createdAt(), manifest.code());
    }
}
