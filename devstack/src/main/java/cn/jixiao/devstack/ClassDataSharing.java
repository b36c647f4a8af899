package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class data sharing archive per service jar (Spring Boot's CDS training run), so a service on the full JIT
 * starts about as fast as it did on C1 alone: the JVM maps the classes it loaded last time instead of reading,
 * verifying and parsing them again.
 *
 * <p>For each jar: extract it ({@code java -Djarmode=tools -jar x.jar extract}, the layout CDS needs: a thin jar and
 * its libraries as plain files), run it once with {@code -XX:ArchiveClassesAtExit} and
 * {@code -Dspring.context.exit=onRefresh} (the context starts, no web server or Kafka listener does, and the JVM
 * exits writing the archive), then run every instance from the extracted jar with {@code -XX:SharedArchiveFile}.
 * All of it lives in {@code <cache>/<module>/<key>/}, the key a hash of the jar's content (entry names and CRCs, not
 * the timestamps a rebuild changes), this JVM's version and the JVM options: a changed jar gets a new archive and
 * the old one is deleted; an unchanged one keeps its archive across rebuilds.
 *
 * <p>An archive never breaks a start: a failed extraction or training run is logged and the service runs from its
 * jar without one, and an archive the JVM finds stale (another JDK, a touched library) is ignored by the JVM itself
 * ({@code -Xshare:auto}, the default) with a warning in the service's log.
 */
final class ClassDataSharing {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);
    static final String ARCHIVE = "app.jsa";

    private final Path cache;
    private final Duration timeout;

    /**
     * @param cache   where the extracted jars and archives are kept, e.g. {@code .jixiao/cds}
     * @param timeout the longest a training run may take
     */
    ClassDataSharing(Path cache, Duration timeout) {
        this.cache = cache;
        this.timeout = timeout;
    }

    /** How to run a service: from this jar, with these JVM options added. */
    record Launch(Path jar, List<String> jvmOptions, boolean trained) {
    }

    /**
     * The launch of a service with its archive, training it first if there is none for this jar yet; the plain
     * jar without an archive if that fails.
     *
     * @param jvmOptions  the options every instance runs with (the archive is made with the same ones)
     * @param environment the service's environment for the training run: its context starts against the stack
     */
    Launch prepare(Service service, Path jar, List<String> jvmOptions, Map<String, String> environment,
                   Path logDir) {
        try {
            var home = cache.resolve(service.module());
            var dir = home.resolve(key(jar, jvmOptions));
            var extracted = dir.resolve("extracted").resolve(jar.getFileName());
            var archive = dir.resolve(ARCHIVE);
            if (Files.isRegularFile(archive) && Files.isRegularFile(extracted)) {
                return new Launch(extracted, List.of("-XX:SharedArchiveFile=" + archive), false);
            }
            deleteOtherKeys(home, dir);
            train(service, jar, jvmOptions, environment, logDir, dir, extracted, archive);
            return new Launch(extracted, List.of("-XX:SharedArchiveFile=" + archive), true);
        } catch (RuntimeException e) {
            log.warn("No class data sharing archive for {}, it starts without one: {}", service.module(),
                    e.getMessage());
            System.out.printf("  %s: no CDS archive (%s), starting from its jar%n", service.module(),
                    e.getMessage().lines().findFirst().orElse(""));
            return new Launch(jar, List.of(), false);
        }
    }

    private void train(Service service, Path jar, List<String> jvmOptions, Map<String, String> environment,
                       Path logDir, Path dir, Path extracted, Path archive) {
        deleteTree(dir);
        var extract = new ArrayList<>(JavaCommand.jar(jar, List.of("-Djarmode=tools")));
        extract.addAll(List.of("extract", "--destination", extracted.getParent().toString()));
        ManagedProcess.run(ProcessSpec.of(service.module() + "-cds-extract", extract, Map.of(), logDir), timeout);

        var partial = dir.resolve(ARCHIVE + ".partial");
        var options = new ArrayList<>(jvmOptions);
        options.add("-XX:ArchiveClassesAtExit=" + partial);
        options.add("-Dspring.context.exit=onRefresh");
        ManagedProcess.run(ProcessSpec.of(service.module() + "-cds-training", JavaCommand.jar(extracted, options),
                environment, logDir), timeout);
        if (!Files.isRegularFile(partial)) {
            throw new IllegalStateException("the training run wrote no archive, see "
                    + logDir.resolve(service.module() + "-cds-training.log"));
        }
        try {
            // only a complete archive gets the name the next start looks for
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar's content (not its timestamps), this JVM and the options: what an archive is only valid for. */
    static String key(Path jar, List<String> jvmOptions) {
        try (var zip = new ZipFile(jar.toFile())) {
            var digest = MessageDigest.getInstance("SHA-256");
            zip.stream().forEach(entry -> digest.update((entry.getName() + ":" + entry.getCrc() + ":"
                    + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8)));
            digest.update((System.getProperty("java.vm.version") + "\n" + String.join(" ", jvmOptions))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteOtherKeys(Path home, Path keep) {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (var keys = Files.list(home)) {
            keys.filter(key -> !key.equals(keep)).forEach(ClassDataSharing::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
