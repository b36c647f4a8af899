package cn.jixiao.devstack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupManifestTest {

    @TempDir
    Path backup;

    @Test
    void aBackupWhoseFilesAreAsListedReadsBack() throws Exception {
        Files.createDirectories(backup.resolve("mongo/jixiao-projects"));
        Files.write(backup.resolve("mongo/jixiao-projects/projects.bson"), new byte[] {5, 0, 0, 0, 0});
        var manifest = manifest();
        manifest.writeTo(backup);

        var read = BackupManifest.readVerified(backup);

        assertThat(read).isEqualTo(manifest);
        assertThat(read.files()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("mongo/jixiao-projects/projects.bson");
            assertThat(file.size()).isEqualTo(5);
            assertThat(file.sha256()).hasSize(64);
        });
    }

    @Test
    void aFileChangedOrLostAfterTheBackupIsRefusedByName() throws Exception {
        Files.createDirectories(backup.resolve("kafka"));
        Files.writeString(backup.resolve("kafka/topics.json"), "[]");
        Files.writeString(backup.resolve("kafka/consumer-offsets.json"), "[]");
        manifest().writeTo(backup);
        Files.writeString(backup.resolve("kafka/topics.json"), "[ ]");
        Files.delete(backup.resolve("kafka/consumer-offsets.json"));

        assertThatThrownBy(() -> BackupManifest.readVerified(backup))
                .hasMessageContaining("damaged, nothing was restored")
                .hasMessageContaining("kafka/topics.json has 3 bytes, the manifest says 2")
                .hasMessageContaining("kafka/consumer-offsets.json is missing");
    }

    @Test
    void aFolderWithoutManifestIsNoBackup() {
        assertThatThrownBy(() -> BackupManifest.readVerified(backup)).hasMessageContaining("has no manifest.json");
    }

    private BackupManifest manifest() {
        return new BackupManifest(BackupManifest.FORMAT, "2026-12-07T14:00:00Z", "2026-12-07T14:00:05Z", "8ae99b5",
                "0.1.0-SNAPSHOT", "26.5.6", Map.of("jixiao-projects", Map.of("projects", 1L)),
                Map.of("jixiao.project-events", 0L), List.of(), BackupManifest.filesOf(backup));
    }
}
