package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoClients;

import cn.jixiao.devstack.BuildInfo;

/**
 * Backs up a running stack into an empty folder, in an order that loses nothing between the parts:
 * <ol>
 * <li>the consumer groups' offsets, first: a read model dumped afterwards may only be ahead of them, so after a
 * restore a consumer at worst reads an event again, which the services' inboxes skip;</li>
 * <li>every MongoDB database, the services' documents with their outboxes;</li>
 * <li>the topics, after the databases: an event no longer in a dumped outbox was published before the dump, so it
 * is in the topic; an event still pending is relayed after the restore (an inbox skips it if it was applied);</li>
 * <li>Keycloak's database file;</li>
 * <li>the manifest with every file's SHA-256, last: a backup without one was interrupted.</li>
 * </ol>
 */
public final class StackBackup {

    private StackBackup() {
    }

    /**
     * @param target   a folder that does not exist yet or is empty
     * @param repoRoot the repository, to record which code wrote the data
     */
    public static BackupManifest write(RunningStack stack, Path target, Path repoRoot) {
        requireEmpty(target);
        var createdAt = Instant.now();
        var kafka = stack.kafkaClient();
        var offsets = KafkaDump.committedOffsets(kafka);
        KafkaDump.writeOffsets(offsets, target);
        Map<String, Map<String, Long>> documents;
        try (var client = MongoClients.create(stack.mongoUri())) {
            documents = MongoDump.dump(client, target);
        }
        var records = KafkaDump.dumpTopics(kafka, target);
        KeycloakDatabaseCopy.backup(stack.keycloakDatabase(), target);
        var build = BuildInfo.current();
        var manifest = new BackupManifest(BackupManifest.FORMAT, createdAt.toString(), Instant.now().toString(),
                CodeVersion.of(repoRoot), build.projectVersion(), keycloakVersion(build),
                documents, records, offsets.stream().map(KafkaDump.CommittedOffset::group).distinct().toList(),
                BackupManifest.filesOf(target));
        manifest.writeTo(target);
        return manifest;
    }

    private static String keycloakVersion(BuildInfo build) {
        var versionFile = build.keycloakHome().resolve("version.txt");
        try {
            if (Files.isRegularFile(versionFile)) {
                // "Keycloak - Version 26.5.6"
                var text = Files.readString(versionFile).strip();
                return text.substring(text.lastIndexOf(' ') + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + versionFile, e);
        }
        return build.keycloakHome().getFileName().toString();
    }

    private static void requireEmpty(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException("Will not back up into " + target
                                + ": it is not empty. Name a new folder.");
                    }
                }
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + target, e);
        }
    }
}
