package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    @TempDir
    Path dir;

    @Test
    void showsEachComponentsStatePidPortUptimeAndRestarts() {
        var snapshot = new StatusFile.Snapshot(4242, Optional.of(NOW.minus(Duration.ofMinutes(62))), NOW, List.of(
                running("mongo", 27017, 101, Duration.ofMinutes(62), 0),
                restarting("kafka", 9092, 2, NOW.plusMillis(2_400)),
                running("keycloak", 18080, 303, Duration.ofSeconds(45), 1),
                failed("report-service", 8083, 11)));

        var text = StackStatus.render(snapshot, NOW);

        assertThat(text).startsWith("Local stack: pid 4242, up 1 h 02 min");
        assertThat(text.lines()).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("mongo", "running", "101", "27017", "1 h 02 min", "0"));
        assertThat(text.lines()).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("kafka", "restarting (attempt 2, next in 3 s)", "-", "9092", "-", "1"));
        assertThat(text.lines()).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("keycloak", "running", "303", "18080", "45 s", "1"));
        assertThat(text.lines()).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("report-service", "failed (gave up after 10 attempts)", "-", "8083", "-", "0"));
        assertThat(text).contains("kafka last stopped unexpectedly: exit code 137 (killed by signal 9, SIGKILL); "
                + "its log: .jixiao/logs/kafka.log");
    }

    @Test
    void anAttemptUnderWaySaysSo() {
        var starting = new ComponentStatus("kafka", ComponentState.RESTARTING, 0, 9092, Optional.empty(), 0, 1,
                Optional.empty(), Optional.of("exit code 1"), "kafka.log");

        assertThat(StackStatus.state(starting, NOW)).isEqualTo("restarting (attempt 1, starting)");
    }

    @Test
    void theFileReadsBackAsWritten() {
        var file = dir.resolve("status.json");
        var components = List.of(running("mongo", 27017, 101, Duration.ofMinutes(3), 0),
                restarting("kafka", 9092, 2, NOW.plusSeconds(3)));

        new StatusFile(file).write(components);
        var read = StatusFile.read(file).orElseThrow();

        assertThat(read.components()).isEqualTo(components);
        assertThat(read.stackPid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(read.stackIsRunning()).isTrue();
    }

    @Test
    void aFileLeftByAStackThatWasKilledDoesNotCountAsRunning() throws Exception {
        var gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        var file = dir.resolve("status.json");

        new StatusFile(file, gone.toHandle()).write(List.of(running("mongo", 27017, 101, Duration.ofMinutes(3), 0)));

        assertThat(StatusFile.read(file).orElseThrow().stackIsRunning()).isFalse();
    }

    @Test
    void theCommandSaysNotRunningAndExitsWith3WithoutAStack() throws Exception {
        var command = JavaCommand.mainClass(StackStatus.class.getName(), List.of("-XX:TieredStopAtLevel=1"),
                List.of(dir.resolve("status.json").toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();

        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(StackStatus.NOT_RUNNING);
        assertThat(output).contains("The local stack is not running");
    }

    @Test
    void noFileMeansNoStack() throws IOException {
        assertThat(StatusFile.read(dir.resolve("status.json"))).isEmpty();
    }

    private static ComponentStatus running(String name, int port, long pid, Duration uptime, int restarts) {
        return new ComponentStatus(name, ComponentState.RUNNING, pid, port, Optional.of(NOW.minus(uptime)), restarts,
                0, Optional.empty(), restarts == 0 ? Optional.empty() : Optional.of("exit code 1"),
                ".jixiao/logs/" + name + ".log");
    }

    private static ComponentStatus restarting(String name, int port, int attempt, Instant next) {
        return new ComponentStatus(name, ComponentState.RESTARTING, 0, port, Optional.empty(), 1, attempt,
                Optional.of(next), Optional.of("exit code 137 (killed by signal 9, SIGKILL)"),
                ".jixiao/logs/" + name + ".log");
    }

    private static ComponentStatus failed(String name, int port, int attempt) {
        return new ComponentStatus(name, ComponentState.FAILED, 0, port, Optional.empty(), 0, attempt,
                Optional.empty(), Optional.of("exit code 1"), ".jixiao/logs/" + name + ".log");
    }
}
