package cn.jixiao.devstack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aStackThatHoldsDataIsNotOverwritten() throws Exception {
        var backup = emptyBackup();
        var target = new StackLayout(dir.resolve("data"));
        Files.createDirectories(target.mongoFile().getParent());
        Files.writeString(target.mongoFile(), "the stack's documents");

        assertThatThrownBy(() -> StackRestore.restore(backup, target, dir.resolve("logs"), false))
                .hasMessageContaining("Will not restore into " + target.data()).hasMessageContaining("--replace");
        assertThat(target.mongoFile()).hasContent("the stack's documents");
    }

    @Test
    void aDamagedBackupIsRefusedBeforeTheTargetIsTouched() throws Exception {
        var backup = emptyBackup();
        Files.writeString(backup.resolve("keycloak/keycloakdb.mv.db"), "changed");
        var target = new StackLayout(dir.resolve("data"));
        Files.createDirectories(target.kafkaDir());
        Files.writeString(target.kafkaDir().resolve("server.properties"), "kept");

        assertThatThrownBy(() -> StackRestore.restore(backup, target, dir.resolve("logs"), true))
                .hasMessageContaining("damaged");
        assertThat(target.kafkaDir().resolve("server.properties")).hasContent("kept");
        assertThat(Files.list(dir).map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("before-restore"));
    }

    @Test
    void replacingMovesThePreviousDataAsideInsteadOfDeletingIt() throws Exception {
        var target = new StackLayout(dir.resolve("data"));
        Files.createDirectories(target.keycloakDir());
        Files.writeString(target.keycloakDir().resolve("marker"), "previous");

        var aside = target.moveAside();

        assertThat(target.isEmpty()).isTrue();
        assertThat(aside.getFileName().toString()).startsWith("data.before-restore-");
        assertThat(aside.resolve("keycloak/marker")).hasContent("previous");
    }

    @Test
    void aFreshFolderIsEmpty() {
        assertThat(new StackLayout(dir.resolve("never-started")).isEmpty()).isTrue();
    }

    private Path emptyBackup() throws Exception {
        var backup = Files.createDirectories(dir.resolve("backup"));
        Files.createDirectories(backup.resolve("keycloak"));
        Files.writeString(backup.resolve("keycloak/keycloakdb.mv.db"), "h2");
        new BackupManifest(BackupManifest.FORMAT, "2026-12-07T14:00:00Z", "2026-12-07T14:00:05Z", "8ae99b5",
                "0.1.0-SNAPSHOT", "26.5.6", Map.of(), Map.of(), List.of(), BackupManifest.filesOf(backup)).writeTo(backup);
        return backup;
    }
}
