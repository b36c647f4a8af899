package cn.jixiao.devstack.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Which code a backup was taken with: the repository's commit, as git tells it. */
final class CodeVersion {

    static final String UNKNOWN = "unknown (git did not answer)";

    private CodeVersion() {
    }

    /** e.g. {@code 8ae99b5c…}, or {@code 8ae99b5c… +local changes} when tracked files differ from the commit. */
    static String of(Path repoRoot) {
        var commit = git(repoRoot, "rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return UNKNOWN;
        }
        var changes = git(repoRoot, "status", "--porcelain", "--untracked-files=no");
        return commit.strip() + (changes == null || changes.isBlank() ? "" : " +local changes");
    }

    private static String git(Path repoRoot, String... arguments) {
        var command = new ArrayList<>(List.of("git", "-C", repoRoot.toString()));
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return output;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
