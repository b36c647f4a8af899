package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process with its own log file: started, awaited until ready, and stopped together with every process
 * it started in turn (kc.sh runs Keycloak's JVM as its child). It can be launched again from the same spec after it
 * died ({@link #relaunch(String)}, what the {@link Supervisor} does): the same command, environment and log file,
 * so the same ports and data.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedProcess.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** Long enough for Keycloak and Kafka to flush and close their stores on SIGTERM. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 40;

    private final ProcessSpec spec;
    private volatile Launch current;
    private volatile boolean stopRequested;

    /**
     * One run of the spec's command. Its tree is remembered while it runs: when the launched process dies alone
     * (kill -9 of kc.sh), its children live on, re-parented, and would keep the ports a new launch needs.
     */
    private final class Launch {
        final Process process;
        final Instant startedAt = Instant.now();
        final CompletableFuture<ProcessExit> exit = new CompletableFuture<>();
        final CompletableFuture<ProcessExit> unexpectedExit = new CompletableFuture<>();
        final Set<ProcessHandle> tree = ConcurrentHashMap.newKeySet();
        volatile boolean superseded;

        Launch(Process process) {
            this.process = process;
            tree.add(process.toHandle());
            process.onExit().thenRun(() -> {
                boolean asked = stopRequested || superseded;
                var ended = new ProcessExit(spec.name(), process.pid(), process.exitValue(),
                        Duration.between(startedAt, Instant.now()), asked);
                if (!asked) {
                    unexpectedExit.complete(ended);
                }
                exit.complete(ended);
            });
        }

        void rememberTree() {
            process.descendants().forEach(tree::add);
        }
    }

    private ManagedProcess(ProcessSpec spec, Process process) {
        this.spec = spec;
        this.current = new Launch(process);
    }

    /** Starts the process; its output goes to the spec's log file. */
    public static ManagedProcess start(ProcessSpec spec) {
        return startTogether(List.of(spec)).get(0);
    }

    /**
     * Starts several processes that belong together, such as the four services. When the JVM exits they are
     * also stopped together, which takes as long as the slowest of them rather than the sum.
     */
    public static List<ManagedProcess> startTogether(List<ProcessSpec> specs) {
        return OrphanGuard.spawn(() -> {
            var started = new ArrayList<ManagedProcess>();
            try {
                for (var spec : specs) {
                    started.add(new ManagedProcess(spec, launch(spec, false)));
                }
                return started;
            } catch (RuntimeException e) {
                closeAll(started);
                throw e;
            }
        });
    }

    /**
     * Starts the process and waits until the probe reports ready. If it does not get ready in time, or dies
     * first, it is stopped and the exception quotes the end of its log.
     */
    public static ManagedProcess startAndAwait(ProcessSpec spec, ReadinessProbe probe, Duration timeout) {
        var started = start(spec);
        try {
            started.awaitReady(probe, timeout);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** Runs a command to completion, failing unless it exits with 0. */
    public static void run(ProcessSpec spec, Duration timeout) {
        try (var running = start(spec)) {
            var process = running.current.process;
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw running.failure("did not finish within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw running.failure("failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessStartupException("Interrupted while running " + spec.name(), e);
        }
    }

    /** A first launch truncates the log; a relaunch appends to it, so the log of the run that died is kept. */
    private static Process launch(ProcessSpec spec, boolean appendToLog) {
        try {
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            var logFile = spec.logFile().toFile();
            var builder = new ProcessBuilder(spec.command())
                    .redirectErrorStream(true)
                    .redirectOutput(appendToLog ? Redirect.appendTo(logFile) : Redirect.to(logFile));
            builder.environment().putAll(spec.environment());
            var process = builder.start();
            // Nobody types into a child: closing stdin gives it end-of-file instead of a pipe that never delivers
            process.getOutputStream().close();
            log.debug("Started {} (pid {}), log: {}", spec.name(), process.pid(), spec.logFile());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name() + ": " + spec.command(), e);
        }
    }

    /**
     * Launches the spec's command again after the previous run ended: whatever that run left behind (children of a
     * killed shell) is killed first, and a line saying why goes into the log before the new run's output. Returns at
     * once; wait with {@link #awaitReady}. Refused once the process was asked to stop or the JVM is exiting.
     *
     * @param reason written into the log, e.g. "restarted by the supervisor (attempt 2)"
     */
    public synchronized void relaunch(String reason) {
        if (stopRequested) {
            throw new ProcessStartupException(spec.name() + " was asked to stop: not starting it again");
        }
        OrphanGuard.requireRunning(spec.name());
        var previous = current;
        previous.superseded = true;
        killLeftovers(previous);
        appendToLog("%n---- %s: %s ----%n".formatted(Instant.now(), reason));
        current = new Launch(launch(spec, true));
    }

    private void killLeftovers(Launch previous) {
        previous.rememberTree();
        var alive = previous.tree.stream().filter(ProcessHandle::isAlive).toList();
        if (alive.isEmpty()) {
            return;
        }
        log.warn("Killing what is left of the previous run of {}: pids {}", spec.name(),
                alive.stream().map(ProcessHandle::pid).toList());
        alive.forEach(ProcessHandle::destroyForcibly);
        awaitExit(alive, FORCED_STOP);
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(spec.logFile(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Cannot write to {}: {}", spec.logFile(), e.toString());
        }
    }

    /** Polls the probe until it reports ready; fails fast if the process dies meanwhile. */
    public void awaitReady(ReadinessProbe probe, Duration timeout) {
        var launch = current;
        var deadline = Instant.now().plus(timeout);
        while (!probe.isReady()) {
            launch.rememberTree();
            if (!launch.process.isAlive()) {
                throw failure("exited with code " + launch.process.exitValue() + " before it was ready");
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("was not ready within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessStartupException("Interrupted while waiting for " + spec.name(), e);
            }
        }
        launch.rememberTree();
    }

    private ProcessStartupException failure(String what) {
        return new ProcessStartupException("%s %s. Last lines of %s:%n%s".formatted(
                spec.name(), what, spec.logFile(), logTail(TAIL_LINES)));
    }

    public String name() {
        return spec.name();
    }

    /** The process launched last: for Keycloak the kc.sh shell, see {@link #serverPid()}. */
    public long pid() {
        return current.process.pid();
    }

    /**
     * The process that does the work: the launched one, or, where that is a shell running a single child (kc.sh
     * runs Keycloak's JVM), that child. What a fault test kills, and what {@code ./jixiao status} shows.
     */
    public long serverPid() {
        var launch = current;
        launch.rememberTree();
        var handle = launch.process.toHandle();
        var children = handle.children().filter(ProcessHandle::isAlive).toList();
        while (children.size() == 1) {
            handle = children.get(0);
            children = handle.children().filter(ProcessHandle::isAlive).toList();
        }
        return handle.pid();
    }

    public boolean isAlive() {
        return current.process.isAlive();
    }

    /** When the current run was launched. */
    public Instant startedAt() {
        return current.startedAt;
    }

    /** True once {@link #close()} was called: it ends for good and is not launched again. */
    public boolean isStopRequested() {
        return stopRequested;
    }

    public Path logFile() {
        return spec.logFile();
    }

    public String logTail(int lines) {
        return LogTail.of(spec.logFile(), lines);
    }

    /**
     * Completes when the current run ends without having been asked to stop, i.e. when it crashed or was killed.
     * A run ended by {@link #relaunch} or {@link #close} never completes it.
     */
    public CompletableFuture<ProcessExit> unexpectedExit() {
        return current.unexpectedExit;
    }

    /** Completes when the current run ends, whether it was asked to or not. */
    public CompletableFuture<ProcessExit> exit() {
        return current.exit;
    }

    /** Stops the whole process tree; see {@link #closeAll(Collection)}. Idempotent. */
    @Override
    public void close() {
        closeAll(List.of(this));
    }

    /**
     * Stops the process trees in parallel: SIGTERM to every member of every tree (a shell does not forward it to
     * its children), then SIGKILL to whatever is still alive after the grace period.
     */
    public static void closeAll(Collection<ManagedProcess> processes) {
        processes.stream().map(ManagedProcess::signalStop).toList().forEach(Stopping::awaitOrKill);
    }

    /** Synchronized with {@link #relaunch}: a run launched before the stop is in the tree, none comes after it. */
    private synchronized Stopping signalStop() {
        stopRequested = true;
        var launch = current;
        launch.rememberTree();
        // Snapshot before signalling: once the parent is gone its children are re-parented and no longer found
        var tree = launch.tree.stream().filter(ProcessHandle::isAlive).toList();
        if (!tree.isEmpty()) {
            log.info("Stopping {}", spec.name());
            tree.forEach(ProcessHandle::destroy);
        }
        return new Stopping(this, tree);
    }

    private static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
        var exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for processes to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A process tree that has been sent SIGTERM. */
    private record Stopping(ManagedProcess process, List<ProcessHandle> tree) {

        void awaitOrKill() {
            if (!awaitExit(tree, GRACEFUL_STOP)) {
                log.warn("{} did not stop within {} s, killing it", process.name(), GRACEFUL_STOP.toSeconds());
                tree.forEach(ProcessHandle::destroyForcibly);
                awaitExit(tree, FORCED_STOP);
            }
            OrphanGuard.forget(process);
        }
    }

    @Override
    public String toString() {
        return spec.name() + " (pid " + pid() + ")";
    }
}
