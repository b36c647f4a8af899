package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code manifest.json}, written last into a backup: what it holds, when it was taken, from which code, and the
 * SHA-256 of every other file, which a restore checks before it touches anything.
 *
 * @param format           this layout's version; a restore refuses another
 * @param createdAt        when the backup began (ISO-8601, UTC)
 * @param finishedAt       when the last file was written
 * @param code             the repository's commit, with "+local changes" when the working tree differed from it
 * @param projectVersion   the Maven version of the services that wrote the data
 * @param keycloakVersion  the Keycloak whose database file this is; the same version reads it back
 * @param mongoDocuments   documents per collection, per database
 * @param kafkaRecords     records per topic
 * @param consumerGroups   the consumer groups whose offsets were kept
 * @param files            every file but the manifest
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(int format, String createdAt, String finishedAt, String code, String projectVersion,
                             String keycloakVersion, Map<String, Map<String, Long>> mongoDocuments,
                             Map<String, Long> kafkaRecords, List<String> consumerGroups, List<BackupFile> files) {

    public static final String FILE_NAME = "manifest.json";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BackupManifest {
        mongoDocuments = Map.copyOf(mongoDocuments);
        kafkaRecords = Map.copyOf(kafkaRecords);
        consumerGroups = List.copyOf(consumerGroups);
        files = List.copyOf(files);
    }

    /** Every file under {@code backup} but the manifest, sorted by path. */
    static List<BackupFile> filesOf(Path backup) {
        try (Stream<Path> paths = Files.walk(backup)) {
            return paths.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(backup.resolve(FILE_NAME)))
                    .sorted()
                    .map(file -> BackupFile.of(backup, file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + backup, e);
        }
    }

    void writeTo(Path backup) {
        try {
            JSON.writeValue(backup.resolve(FILE_NAME).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manifest into " + backup, e);
        }
    }

    /**
     * Reads the manifest of {@code backup} and checks every file it lists.
     *
     * @throws IllegalStateException naming every file that is missing or differs, before anything is restored
     */
    public static BackupManifest readVerified(Path backup) {
        var file = backup.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(backup + " is not a backup: it has no " + FILE_NAME
                    + " (an interrupted backup never writes one)");
        }
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), BackupManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (manifest.format() != FORMAT) {
            throw new IllegalStateException(file + " has format " + manifest.format() + "; this code reads format " + FORMAT);
        }
        var problems = manifest.files().stream().map(listed -> listed.mismatchIn(backup)).filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The backup in " + backup + " is damaged, nothing was restored:\n  "
                    + String.join("\n  ", problems));
        }
        return manifest;
    }
}
