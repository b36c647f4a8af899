package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor on small real processes: {@code sleep} stands in for a server, a shell script for a broken one. */
@DisabledOnOs(OS.WINDOWS)
class SupervisorTest {

    /** 100, 200, 400, 400 ms ...; a run of a second was healthy. */
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400),
            Duration.ofSeconds(1));
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void aComponentThatDiesIsStartedAgainAndItsSiblingsKeepRunning() {
        var supervisor = supervisor(3);
        var kafka = supervisor.supervise(sleeper("kafka", 9092));
        var keycloak = supervisor.supervise(sleeper("keycloak", 18080));
        long keycloakPid = keycloak.pid();

        long killed = kafka.killForcibly();
        long restarted = kafka.awaitRestartedFrom(killed, WAIT);

        assertThat(restarted).isNotEqualTo(killed);
        assertThat(ProcessHandle.of(restarted)).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());
        var status = kafka.status();
        assertThat(status.state()).isEqualTo(ComponentState.RUNNING);
        assertThat(status.restarts()).isEqualTo(1);
        assertThat(status.port()).isEqualTo(9092);
        assertThat(status.lastExit()).hasValue("exit code 137 (killed by signal 9, SIGKILL)");
        assertThat(keycloak.pid()).isEqualTo(keycloakPid);
        assertThat(ProcessHandle.of(keycloakPid)).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());
        assertThat(keycloak.status().restarts()).isZero();
    }

    @Test
    void theLogOfTheRunThatDiedIsKeptAndTheRestartIsNotedInIt() throws Exception {
        var supervisor = supervisor(3);
        var process = ManagedProcess.start(ProcessSpec.of("talker",
                List.of("sh", "-c", "echo \"serving as $$\"; exec sleep 300"), Map.of(), dir));
        started.add(process);
        var talker = supervisor.supervise(new ProbedProcess(process, 1, () -> logShowsTheCurrentRun(process), WAIT));
        // the first run is killed only once its line is in the log: killed before its shell had written it, there
        // would be no "serving as" of the run that died to keep, and the test would say nothing about keeping it
        awaitTrue(() -> logShowsTheCurrentRun(process));

        long killed = talker.killForcibly();
        long restarted = talker.awaitRestartedFrom(killed, WAIT);

        var log = Files.readString(dir.resolve("talker.log"));
        assertThat(log).containsSubsequence("serving as " + killed, "restarted by the supervisor",
                "serving as " + restarted);
    }

    @Test
    void aComponentThatCannotStartIsTriedWithDoublingWaitsThenGivenUpWhileTheOthersRun() throws Exception {
        var supervisor = supervisor(3);
        var announced = announcedAttempts(supervisor, "mongo");
        var broken = dir.resolve("broken");
        var mongo = supervisor.supervise(breakable("mongo", broken));
        var gateway = supervisor.supervise(sleeper("gateway", 8080));
        long gatewayPid = gateway.pid();

        Files.createFile(broken);
        var killedAt = Instant.now();
        mongo.killForcibly();

        awaitState(mongo, ComponentState.FAILED);
        assertThat(announced).extracting(ComponentStatus::attempt).containsExactly(1, 2, 3);
        // each attempt is due its wait after the previous one failed: 100, 200, 400 ms
        assertThat(dueAfter(killedAt, announced.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(dueAfter(announced.get(0), announced.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(dueAfter(announced.get(1), announced.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        var status = mongo.status();
        assertThat(status.pid()).isZero();
        assertThat(status.restarts()).isZero();
        assertThat(StackStatus.state(status, Instant.now())).isEqualTo("failed (gave up after 3 attempts)");
        assertThat(gateway.pid()).isEqualTo(gatewayPid);
        assertThat(gateway.state()).isEqualTo(ComponentState.RUNNING);
        assertThatThrownBy(() -> mongo.awaitRunning(WAIT)).hasMessageContaining("mongo is failed");
    }

    @Test
    void aComponentThatComesBackOnALaterAttemptRunsAgain() throws Exception {
        var supervisor = supervisor(5);
        var announced = announcedAttempts(supervisor, "kafka");
        var broken = dir.resolve("broken");
        var kafka = supervisor.supervise(breakable("kafka", broken));
        Files.createFile(broken);

        long killed = kafka.killForcibly();
        awaitCount(announced, 2);
        Files.delete(broken);
        kafka.awaitRestartedFrom(killed, WAIT);

        assertThat(announced).extracting(ComponentStatus::attempt).startsWith(1, 2);
        assertThat(dueAfter(announced.get(0), announced.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        var status = kafka.status();
        assertThat(status.state()).isEqualTo(ComponentState.RUNNING);
        assertThat(status.restarts()).isEqualTo(1);
        assertThat(status.attempt()).isZero();
    }

    @Test
    void aRunThatLastedCountsAsHealthySoItsDeathStartsTheWaitsAgain() throws Exception {
        var supervisor = supervisor(5);
        var attempts = new CopyOnWriteArrayList<ComponentStatus>();
        supervisor.onChange(status -> {
            if (status.state() == ComponentState.RESTARTING && status.nextAttemptAt().isPresent()) {
                attempts.add(status);
            }
        });
        var keycloak = supervisor.supervise(sleeper("keycloak", 18080));

        // dies at once after its restart: a crash loop, the second attempt waits longer
        long first = keycloak.awaitRestartedFrom(keycloak.killForcibly(), WAIT);
        long second = keycloak.awaitRestartedFrom(keycloak.killForcibly(), WAIT);
        // runs longer than the backoff's healthy run, then dies: the waits start from the first again
        Thread.sleep(QUICK.stableAfter().plusMillis(300).toMillis());
        keycloak.awaitRestartedFrom(keycloak.killForcibly(), WAIT);

        assertThat(first).isNotEqualTo(second);
        assertThat(attempts).extracting(ComponentStatus::attempt).containsExactly(1, 2, 1);
        assertThat(keycloak.status().restarts()).isEqualTo(3);
    }

    @Test
    void aComponentStoppedOnPurposeIsNotStartedAgain() throws Exception {
        var supervisor = supervisor(3);
        var component = sleeper("report-service", 8083);
        var report = supervisor.supervise(component);
        long pid = report.pid();

        component.close();

        awaitState(report, ComponentState.STOPPED);
        Thread.sleep(QUICK.longest().multipliedBy(2).toMillis());
        assertThat(report.state()).isEqualTo(ComponentState.STOPPED);
        assertThat(report.pid()).isZero();
        assertThat(report.status().restarts()).isZero();
        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThatThrownBy(() -> report.awaitRunning(WAIT)).hasMessageContaining("report-service is stopped");
    }

    @Test
    void aClosedSupervisorStartsNothingAgain() throws Exception {
        var supervisor = supervisor(3);
        var project = supervisor.supervise(sleeper("project-service", 8081));

        supervisor.close();
        project.killForcibly();

        awaitState(project, ComponentState.STOPPED);
        assertThat(project.status().restarts()).isZero();
    }

    @Test
    void writesTheStatusOfEveryComponentToTheStatusFile() throws Exception {
        var file = dir.resolve("status.json");
        var supervisor = new Supervisor(QUICK, 3, Optional.of(new StatusFile(file)));
        started.add(supervisor);
        var kafka = supervisor.supervise(sleeper("kafka", 9092));
        supervisor.supervise(sleeper("gateway", 8080));
        long restarted = kafka.awaitRestartedFrom(kafka.killForcibly(), WAIT);

        // written just after the change, by the thread that made it
        var snapshot = awaitFile(file, read -> read.components().get(0).pid() == restarted);

        assertThat(snapshot.stackPid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(snapshot.stackIsRunning()).isTrue();
        assertThat(snapshot.components()).extracting(ComponentStatus::name, ComponentStatus::state,
                        ComponentStatus::port, ComponentStatus::restarts)
                .containsExactly(tuple("kafka", ComponentState.RUNNING, 9092, 1),
                        tuple("gateway", ComponentState.RUNNING, 8080, 0));
        assertThat(snapshot.components().get(0).pid()).isEqualTo(kafka.pid());

        supervisor.close();
        assertThat(file).doesNotExist();
    }

    /** Every announcement of a next attempt of the component, in order. */
    private static List<ComponentStatus> announcedAttempts(Supervisor supervisor, String name) {
        var announced = new CopyOnWriteArrayList<ComponentStatus>();
        supervisor.onChange(status -> {
            if (status.name().equals(name) && status.state() == ComponentState.RESTARTING
                    && status.nextAttemptAt().isPresent()) {
                announced.add(status);
            }
        });
        return announced;
    }

    private static Duration dueAfter(Instant before, ComponentStatus attempt) {
        return Duration.between(before, attempt.nextAttemptAt().orElseThrow());
    }

    private static Duration dueAfter(ComponentStatus previous, ComponentStatus attempt) {
        return dueAfter(previous.nextAttemptAt().orElseThrow(), attempt);
    }

    private Supervisor supervisor(int maxAttempts) {
        var supervisor = new Supervisor(QUICK, maxAttempts);
        started.add(supervisor);
        return supervisor;
    }

    /** Stands in for a server: runs until killed; ready as soon as it runs. */
    private ProbedProcess sleeper(String name, int port) {
        var process = ManagedProcess.start(ProcessSpec.of(name, List.of("sleep", "300"), Map.of(), dir));
        started.add(process);
        return new ProbedProcess(process, port, process::isAlive, WAIT);
    }

    /**
     * Serves while the file {@code broken} is absent; otherwise it exits with 3 at once, like a server that cannot
     * open its store. Ready once it has run for 200 ms.
     */
    private ProbedProcess breakable(String name, Path broken) {
        var script = "if [ -e '" + broken + "' ]; then echo 'cannot open the store'; exit 3; fi; exec sleep 300";
        var process = ManagedProcess.start(ProcessSpec.of(name, List.of("sh", "-c", script), Map.of(), dir));
        started.add(process);
        var holder = new AtomicReference<>(process);
        ReadinessProbe ranAWhile = () -> holder.get().isAlive()
                && Duration.between(holder.get().startedAt(), Instant.now()).toMillis() >= 200;
        process.awaitReady(ranAWhile, WAIT);
        return new ProbedProcess(process, 27017, ranAWhile, WAIT);
    }

    private static boolean logShowsTheCurrentRun(ManagedProcess process) {
        return process.logTail(5).contains("serving as " + process.pid());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void awaitCount(List<?> seen, int count) throws InterruptedException {
        var deadline = Instant.now().plus(WAIT);
        while (seen.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(count);
    }

    private static StatusFile.Snapshot awaitFile(Path file, java.util.function.Predicate<StatusFile.Snapshot> shows)
            throws InterruptedException {
        var deadline = Instant.now().plus(WAIT);
        var read = StatusFile.read(file);
        while (read.filter(shows).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            read = StatusFile.read(file);
        }
        return read.orElseThrow();
    }

    private static void awaitState(Supervised component, ComponentState state) throws InterruptedException {
        var deadline = Instant.now().plus(WAIT);
        while (component.state() != state && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(component.state()).isEqualTo(state);
    }
}
