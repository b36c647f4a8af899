package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
    void passesTheEnvironment() {
        var spec = ProcessSpec.of("env", List.of("sh", "-c", "echo \"port=$SERVER_PORT\""),
                Map.of("SERVER_PORT", "8081"), logDir);

        ManagedProcess.run(spec, Duration.ofSeconds(10));

        assertThat(LogTail.of(logDir.resolve("env.log"), 1)).isEqualTo("port=8081");
    }
}
