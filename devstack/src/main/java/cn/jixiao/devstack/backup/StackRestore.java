package cn.jixiao.devstack.backup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoClients;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.MongoWireServer;

/**
 * Restores a backup into a stopped stack's data folder, which then starts as usual ({@code ./jixiao up}, or a
 * test's platform on that folder). Nothing of the target stack may run meanwhile: the restore starts its own
 * MongoDB wire server and broker on the folder, on free ports, and stops them when done.
 *
 * <ol>
 * <li>checks every file against the manifest, and refuses a damaged backup before touching anything;</li>
 * <li>refuses a target that holds data, unless told to replace it: then the old data is moved aside, not deleted;</li>
 * <li>loads every database into a new MongoDB file;</li>
 * <li>formats a new broker (new cluster id, new Kafka logins), publishes the records again in their order and
 * commits each consumer group's translated offsets;</li>
 * <li>puts Keycloak's database file in place.</li>
 * </ol>
 * The counts loaded are checked against the manifest's.
 */
public final class StackRestore {

    /**
     * @param manifest     the backup's manifest
     * @param previousData where the target's earlier data was moved, when it was replaced
     */
    public record Restored(BackupManifest manifest, Optional<Path> previousData) {
    }

    private StackRestore() {
    }

    /**
     * @param logDir  receives the broker's log while it loads the topics
     * @param replace move data already in the target aside instead of refusing
     */
    public static Restored restore(Path backup, StackLayout target, Path logDir, boolean replace) {
        var manifest = BackupManifest.readVerified(backup);
        Optional<Path> previous = Optional.empty();
        if (!target.isEmpty()) {
            if (!replace) {
                throw new IllegalStateException("Will not restore into " + target.data() + ": it holds a stack's data. "
                        + "Restore into a fresh folder, or replace it (./jixiao restore DIR --replace moves it aside).");
            }
            previous = Optional.of(target.moveAside());
        }
        requireSame("MongoDB documents", manifest.mongoDocuments(), restoreMongo(backup, target));
        requireSame("Kafka records", manifest.kafkaRecords(), restoreKafka(backup, target, logDir));
        KeycloakDatabaseCopy.restore(backup, target);
        return new Restored(manifest, previous);
    }

    private static Map<String, Map<String, Long>> restoreMongo(Path backup, StackLayout target) {
        var server = MongoWireServer.persistentAt(target.mongoFile());
        try {
            var uri = server.startOnFreePort();
            try (var client = MongoClients.create(uri)) {
                return MongoDump.restore(client, backup);
            }
        } finally {
            // an H2 backend commits and closes its file
            server.close();
        }
    }

    private static Map<String, Long> restoreKafka(Path backup, StackLayout target, Path logDir) {
        try (var broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), target.kafkaDir(), logDir)) {
            return KafkaDump.restore(broker.clientProperties(broker.logins().admin()), backup);
        }
    }

    private static void requireSame(String what, Object expected, Object restored) {
        if (!expected.equals(restored)) {
            throw new IllegalStateException("The " + what + " restored differ from the manifest's: expected " + expected
                    + ", restored " + restored);
        }
    }
}
