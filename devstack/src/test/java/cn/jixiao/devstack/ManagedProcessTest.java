package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ManagedProcessTest {

    @TempDir
    Path logDir;

    @Test
    void closeStopsTheChildrenOfAShellToo() {
        var spec = ProcessSpec.of("sleepers", List.of("sh", "-c", "sleep 300 & sleep 300 & wait"), Map.of(), logDir);
        var process = ManagedProcess.start(spec);
        process.awaitReady(() -> ProcessHandle.of(process.pid()).orElseThrow().children().count() == 2,
                Duration.ofSeconds(10));
        var children = ProcessHandle.of(process.pid()).orElseThrow().children().toList();

        process.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(process.unexpectedExit()).isNotDone();
    }

    @Test
    void failsFastWithTheLogTailWhenTheProcessDiesBeforeItIsReady() {
        var spec = ProcessSpec.of("doomed", List.of("sh", "-c", "echo port already taken; exit 3"), Map.of(), logDir);

        assertThatThrownBy(() -> ManagedProcess.startAndAwait(spec, () -> false, Duration.ofSeconds(30)))
                .isInstanceOf(ProcessStartupException.class)
                .hasMessageContaining("doomed exited with code 3")
                .hasMessageContaining("port already taken");
    }

    @Test
    void aRelaunchKillsWhatTheDeadRunLeftBehindAndStartsTheSameCommand() {
        var spec = ProcessSpec.of("shell", List.of("sh", "-c", "sleep 300 & wait"), Map.of(), logDir);
        var process = ManagedProcess.start(spec);
        process.awaitReady(() -> ProcessHandle.of(process.pid()).orElseThrow().children().count() == 1,
                Duration.ofSeconds(10));
        long shell = process.pid();
        var orphan = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
        // kill -9 of the shell alone, as of kc.sh: its child lives on and would keep the ports
        ProcessHandle.of(shell).orElseThrow().destroyForcibly();
        awaitExit(shell);
        assertThat(orphan.isAlive()).isTrue();

        process.relaunch("restarted by the test");
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(process.pid()).isNotEqualTo(shell);
            process.awaitReady(() -> ProcessHandle.of(process.pid()).orElseThrow().children().count() == 1,
                    Duration.ofSeconds(10));
            assertThat(process.serverPid()).isNotEqualTo(process.pid());
        } finally {
            process.close();
        }
    }

    @Test
    void aRelaunchAppendsToTheLogAndSaysWhy() throws Exception {
        var spec = ProcessSpec.of("echo", List.of("sh", "-c", "echo run $$; exec sleep 300"), Map.of(), logDir);
        var process = ManagedProcess.start(spec);
        try {
            process.awaitReady(() -> process.logTail(1).startsWith("run "), Duration.ofSeconds(10));
            long first = process.pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            var exit = process.unexpectedExit().get(10, TimeUnit.SECONDS);

            process.relaunch("restarted by the test");
            process.awaitReady(() -> process.logTail(1).equals("run " + process.pid()), Duration.ofSeconds(10));

            assertThat(exit.code()).isEqualTo(137);
            assertThat(exit.requested()).isFalse();
            assertThat(Files.readString(logDir.resolve("echo.log")))
                    .containsSubsequence("run " + first, "restarted by the test", "run " + process.pid());
        } finally {
            process.close();
        }
    }

    @Test
    void aProcessAskedToStopIsNotLaunchedAgain() throws Exception {
        var process = ManagedProcess.start(ProcessSpec.of("stopped", List.of("sleep", "300"), Map.of(), logDir));

        process.close();

        assertThat(process.exit().get(10, TimeUnit.SECONDS).requested()).isTrue();
        assertThatThrownBy(() -> process.relaunch("too late"))
                .isInstanceOf(ProcessStartupException.class)
                .hasMessageContaining("stopped was asked to stop");
        assertThat(process.isAlive()).isFalse();
    }

    private static void awaitExit(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
    }

    @Test
    void passesTheEnvironment() {
        var spec = ProcessSpec.of("env", List.of("sh", "-c", "echo \"port=$SERVER_PORT\""),
                Map.of("SERVER_PORT", "8081"), logDir);

        ManagedProcess.run(spec, Duration.ofSeconds(10));

        assertThat(LogTail.of(logDir.resolve("env.log"), 1)).isEqualTo("port=8081");
    }
}
