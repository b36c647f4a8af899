package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * Where a stack keeps its state: the layout of {@code .jixiao/data/} that {@code ./jixiao up} uses, and that a test
 * may use on any folder.
 *
 * @param data the folder holding {@code mongo/}, {@code kafka/} and {@code keycloak/}
 */
public record StackLayout(Path data) {

    /** The local stack's data, {@code .jixiao/data} at the repository root. */
    public static StackLayout local(Path repoRoot) {
        return new StackLayout(repoRoot.resolve(".jixiao").resolve("data"));
    }

    /** The MongoDB wire server's H2 file: every service's database. */
    public Path mongoFile() {
        return data.resolve("mongo").resolve("jixiao.mv");
    }

    /** The broker's data folder: server.properties, the logins and the partitions. */
    public Path kafkaDir() {
        return data.resolve("kafka");
    }

    /** Keycloak's data folder: its H2 database and transaction log. */
    public Path keycloakDir() {
        return data.resolve("keycloak");
    }

    /**
     * Keycloak's whole state (realms, users with their password hashes, groups, clients, keys) in its dev-file H2
     * database: {@code kc.db-url-path} is {@link #keycloakDir()}, and Keycloak appends {@code data/h2/keycloakdb}.
     */
    public Path keycloakDatabase() {
        return keycloakDatabaseIn(keycloakDir());
    }

    /** The H2 file of a Keycloak started on {@code keycloakDataDir} ({@code KeycloakServer.start}'s data folder). */
    public static Path keycloakDatabaseIn(Path keycloakDataDir) {
        return keycloakDataDir.resolve("data").resolve("h2").resolve("keycloakdb.mv.db");
    }

    /** True when none of the three parts holds anything yet: a fresh {@code .jixiao/} or a new folder. */
    public boolean isEmpty() {
        return !Files.exists(mongoFile()) && isEmptyFolder(kafkaDir()) && isEmptyFolder(keycloakDir());
    }

    /**
     * Renames the data folder to a sibling {@code data.before-restore-<time>}, so that a restore with replace never
     * deletes anything: the previous state stays on disk until the developer removes it.
     *
     * @return where the previous data now is
     */
    public Path moveAside() {
        var aside = data.resolveSibling(data.getFileName() + ".before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            return Files.move(data, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + data + " aside to " + aside, e);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
