package cn.jixiao.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The last lines of a log file, for error messages. */
final class LogTail {

    /** Enough bytes for the last few dozen lines, even of long stack-trace lines; logs can be huge. */
    private static final int MAX_BYTES = 16 * 1024;

    private LogTail() {
    }

    static String of(Path logFile, int lines) {
        if (!Files.isRegularFile(logFile)) {
            return "(no log at " + logFile + ")";
        }
        try (var file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - MAX_BYTES);
            var bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            var all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            return Arrays.stream(all, Math.max(0, all.length - lines), all.length)
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
