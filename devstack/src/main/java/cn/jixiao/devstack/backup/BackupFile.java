package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of a backup as the manifest lists it.
 *
 * @param path   relative to the backup folder, with forward slashes
 * @param size   in bytes
 * @param sha256 hex
 */
public record BackupFile(String path, long size, String sha256) {

    static BackupFile of(Path backup, Path file) {
        var relative = backup.relativize(file).toString().replace('\\', '/');
        try {
            return new BackupFile(relative, Files.size(file), sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** @return why the file in {@code backup} is not the one listed, or null when it is */
    String mismatchIn(Path backup) {
        var file = backup.resolve(path);
        if (!Files.isRegularFile(file)) {
            return path + " is missing";
        }
        var now = of(backup, file);
        if (now.size != size) {
            return path + " has " + now.size + " bytes, the manifest says " + size;
        }
        if (!now.sha256.equals(sha256)) {
            return path + " has the SHA-256 " + now.sha256 + ", the manifest says " + sha256;
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
