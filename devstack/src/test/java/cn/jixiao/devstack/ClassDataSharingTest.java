package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarWithTheSameContentKeepsItsArchive() throws IOException {
        var built = jar("first.jar", "class bytes", Instant.parse("2026-12-07T08:00:00Z"));
        var rebuilt = jar("second.jar", "class bytes", Instant.parse("2026-12-07T09:30:00Z"));

        assertThat(ClassDataSharing.key(rebuilt, List.of("-Xmx256m")))
                .isEqualTo(ClassDataSharing.key(built, List.of("-Xmx256m")));
    }

    @Test
    void aChangedJarOrOtherJvmOptionsNeedANewArchive() throws IOException {
        var built = jar("first.jar", "class bytes", Instant.parse("2026-12-07T08:00:00Z"));
        var changed = jar("second.jar", "other class bytes", Instant.parse("2026-12-07T08:00:00Z"));

        assertThat(ClassDataSharing.key(changed, List.of("-Xmx256m")))
                .isNotEqualTo(ClassDataSharing.key(built, List.of("-Xmx256m")));
        assertThat(ClassDataSharing.key(built, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1")))
                .isNotEqualTo(ClassDataSharing.key(built, List.of("-Xmx256m")));
    }

    @Test
    void aJarThatCannotBeTrainedStartsPlainWithoutAnArchive() throws IOException {
        var notSpringBoot = jar("project-service.jar", "no main class", Instant.now());
        var cds = new ClassDataSharing(dir.resolve("cds"), Duration.ofSeconds(30));

        var launch = cds.prepare(Service.PROJECT, notSpringBoot, List.of(), Map.of(), dir.resolve("logs"));

        assertThat(launch.jar()).isEqualTo(notSpringBoot);
        assertThat(launch.jvmOptions()).isEmpty();
        assertThat(launch.trained()).isFalse();
    }

    @Test
    void anArchivePresentForTheJarIsUsedWithoutTrainingAgain() throws IOException {
        var jar = jar("project-service.jar", "class bytes", Instant.now());
        var options = List.of("-Xmx256m");
        var trainedBefore = dir.resolve("cds").resolve("project-service").resolve(ClassDataSharing.key(jar, options));
        var extracted = Files.createDirectories(trainedBefore.resolve("extracted")).resolve("project-service.jar");
        Files.copy(jar, extracted);
        Files.writeString(trainedBefore.resolve(ClassDataSharing.ARCHIVE), "archive");
        var stale = Files.createDirectories(dir.resolve("cds").resolve("project-service").resolve("0123456789abcdef"));

        var launch = new ClassDataSharing(dir.resolve("cds"), Duration.ofSeconds(30))
                .prepare(Service.PROJECT, jar, options, Map.of(), dir.resolve("logs"));

        assertThat(launch.jar()).isEqualTo(extracted);
        assertThat(launch.jvmOptions()).containsExactly(
                "-XX:SharedArchiveFile=" + trainedBefore.resolve(ClassDataSharing.ARCHIVE));
        assertThat(launch.trained()).isFalse();
        assertThat(stale).as("kept until the jar changes").exists();
    }

    private Path jar(String name, String content, Instant builtAt) throws IOException {
        var jar = dir.resolve(name);
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            var entry = new ZipEntry("BOOT-INF/classes/App.class");
            entry.setLastModifiedTime(FileTime.from(builtAt));
            out.putNextEntry(entry);
            out.write(content.getBytes());
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(builtAt));
        return jar;
    }
}
