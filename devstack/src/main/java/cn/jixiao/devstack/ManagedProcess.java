package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process with its own log file: started, awaited until ready, and stopped together with every process
 * it started in turn (kc.sh runs Keycloak's JVM as its child).
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedProcess.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** Long enough for Keycloak and Kafka to flush and close their stores on SIGTERM. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 40;

    private final ProcessSpec spec;
    private final Process process;
    private final CompletableFuture<ManagedProcess> unexpectedExit = new CompletableFuture<>();
    private volatile boolean stopRequested;

    private ManagedProcess(ProcessSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
        process.onExit().thenRun(() -> {
            if (!stopRequested) {
                unexpectedExit.complete(this);
            }
        });
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
                    started.add(new ManagedProcess(spec, launch(spec)));
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
            if (!running.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw running.failure("did not finish within " + timeout.toSeconds() + " s");
            }
            if (running.process.exitValue() != 0) {
                throw running.failure("failed with exit code " + running.process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessStartupException("Interrupted while running " + spec.name(), e);
        }
    }

    private static Process launch(ProcessSpec spec) {
        try {
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            var builder = new ProcessBuilder(spec.command())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(spec.logFile().toFile()));
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

    /** Polls the probe until it reports ready; fails fast if the process dies meanwhile. */
    public void awaitReady(ReadinessProbe probe, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (!probe.isReady()) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue() + " before it was ready");
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
    }

    private ProcessStartupException failure(String what) {
        return new ProcessStartupException("%s %s. Last lines of %s:%n%s".formatted(
                spec.name(), what, spec.logFile(), logTail(TAIL_LINES)));
    }

    public String name() {
        return spec.name();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return spec.logFile();
    }

    public String logTail(int lines) {
        return LogTail.of(spec.logFile(), lines);
    }

    /** Completes when the process ends without having been asked to stop, i.e. when it crashed. */
    public CompletableFuture<ManagedProcess> unexpectedExit() {
        return unexpectedExit;
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

    private Stopping signalStop() {
        stopRequested = true;
        // Snapshot before signalling: once the parent is gone its children are re-parented and no longer found
        var tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .filter(ProcessHandle::isAlive)
                .toList();
        if (!tree.isEmpty()) {
            log.info("Stopping {}", spec.name());
            tree.forEach(ProcessHandle::destroy);
        }
        return new Stopping(this, tree);
    }

    /** A process tree that has been sent SIGTERM. */
    private record Stopping(ManagedProcess process, List<ProcessHandle> tree) {

        void awaitOrKill() {
            if (!awaitExit(GRACEFUL_STOP)) {
                log.warn("{} did not stop within {} s, killing it", process.name(), GRACEFUL_STOP.toSeconds());
                tree.forEach(ProcessHandle::destroyForcibly);
                awaitExit(FORCED_STOP);
            }
            OrphanGuard.forget(process);
        }

        private boolean awaitExit(Duration timeout) {
            var exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Waiting for " + process.name() + " to exit failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public String toString() {
        return spec.name() + " (pid " + process.pid() + ")";
    }
}
