package cn.jixiao.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One component under a {@link Supervisor}: when its process exits without having been asked to, the death is
 * logged (which, how, the end of its log) and the component is started again after the backoff's delay, as often as
 * the supervisor allows in a row. The other components are not touched.
 *
 * <p>For fault tests: {@link #pid()} is the process to kill, {@link #awaitRestartedFrom(long, Duration)} waits until
 * a new one serves.
 */
public final class Supervised {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
    private static final int TAIL_LINES = 30;

    private final Restartable component;
    private final Supervisor supervisor;
    private ComponentState state = ComponentState.RUNNING;
    private long pid;
    private Instant runningSince;
    private int restarts;
    /** Attempts since the last healthy run ({@link Backoff#wasStable}); the next delay depends on it. */
    private int attempt;
    private Instant nextAttemptAt;
    private ProcessExit lastExit;
    /**
     * The status as last published, after the status file was written: waiters see a change only once
     * {@code ./jixiao status} would, so a fault test that reads the file after a wait reads the same.
     */
    private ComponentStatus published;

    Supervised(Restartable component, Supervisor supervisor) {
        this.component = component;
        this.supervisor = supervisor;
        this.pid = component.process().serverPid();
        this.runningSince = component.process().startedAt();
        this.published = status();
        watch();
    }

    public String name() {
        return component.name();
    }

    public Restartable component() {
        return component;
    }

    /** The process that serves now (Keycloak's JVM, not kc.sh); 0 while none does. */
    public synchronized long pid() {
        return pid;
    }

    public synchronized ComponentState state() {
        return state;
    }

    public synchronized ComponentStatus status() {
        boolean running = state == ComponentState.RUNNING;
        return new ComponentStatus(name(), state, pid, component.port(),
                running ? Optional.of(runningSince) : Optional.empty(), restarts,
                state == ComponentState.RESTARTING || state == ComponentState.FAILED ? attempt : 0, Optional.ofNullable(nextAttemptAt),
                Optional.ofNullable(lastExit).map(ProcessExit::describe),
                component.process().logFile().toString());
    }

    /**
     * Kills the serving process with SIGKILL, as a fault test does to see the component come back; returns the pid
     * it killed, for {@link #awaitRestartedFrom}.
     */
    public long killForcibly() {
        long killed = pid();
        ProcessHandle.of(killed).ifPresent(ProcessHandle::destroyForcibly);
        return killed;
    }

    /**
     * Waits until a process other than {@code formerPid} serves, i.e. the component is running again after that
     * process died, and returns the new pid. Fails when the supervisor gives up or the timeout passes first.
     */
    public synchronized long awaitRestartedFrom(long formerPid, Duration timeout) {
        awaitUntil(() -> published.state() == ComponentState.RUNNING && published.pid() != formerPid, timeout,
                "running again after pid " + formerPid + " died");
        return published.pid();
    }

    /** Waits until the component runs; fails when the supervisor gives up or the timeout passes first. */
    public synchronized void awaitRunning(Duration timeout) {
        awaitUntil(() -> published.state() == ComponentState.RUNNING, timeout, "running");
    }

    private void awaitUntil(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            var seen = published.state();
            if (seen == ComponentState.FAILED || seen == ComponentState.STOPPED) {
                throw new IllegalStateException(name() + " is " + seen.name().toLowerCase() + ", not " + what
                        + "; see " + component.process().logFile());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(name() + " was not " + what + " within " + timeout.toSeconds()
                        + " s; it is " + published.state().name().toLowerCase() + "; see "
                        + component.process().logFile());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name(), e);
            }
        }
    }

    /**
     * Called by the supervisor once a change is in the status file and with the listeners: wakes the waiters. It
     * publishes the status as it is now, so a late call never puts an older one back.
     */
    synchronized void publish() {
        published = status();
        notifyAll();
    }

    private void watch() {
        component.process().exit().thenAccept(this::ended);
    }

    private void ended(ProcessExit exit) {
        if (exit.requested()) {
            synchronized (this) {
                pid = 0;
                runningSince = null;
                stopped();
            }
            supervisor.changed(this);
        } else {
            died(exit);
        }
    }

    private void died(ProcessExit exit) {
        synchronized (this) {
            lastExit = exit;
            pid = 0;
            runningSince = null;
            if (backoff().wasStable(exit.uptime())) {
                attempt = 0;
            }
        }
        log.error("{} (pid {}) stopped unexpectedly after {}: {}. Last lines of {}:{}{}", name(), exit.pid(),
                Durations.human(exit.uptime()), exit.describe(), component.process().logFile(),
                System.lineSeparator(), component.process().logTail(TAIL_LINES));
        scheduleNextAttempt();
    }

    /**
     * The next attempt after the backoff's delay, or giving up. Never calls the supervisor while holding this lock:
     * writing the status reads every component's.
     */
    private void scheduleNextAttempt() {
        Duration delay = null;
        int next;
        synchronized (this) {
            if (stopped()) {
                next = 0;
            } else {
                next = ++attempt;
                if (next > supervisor.maxAttempts()) {
                    state = ComponentState.FAILED;
                    nextAttemptAt = null;
                } else {
                    delay = backoff().delayBefore(next);
                    state = ComponentState.RESTARTING;
                    nextAttemptAt = Instant.now().plus(delay);
                }
            }
            notifyAll();
        }
        if (next == 0) {
            supervisor.changed(this);
        } else if (delay != null) {
            log.warn("Starting {} again in {} (attempt {} of {})", name(), Durations.human(delay), next,
                    supervisor.maxAttempts());
            supervisor.changed(this);
            supervisor.schedule(this::attemptRestart, delay);
        } else {
            log.error("Gave up on {} after {} attempts in a row; the rest of the stack keeps running. See {}",
                    name(), supervisor.maxAttempts(), component.process().logFile());
            supervisor.changed(this);
            // whatever the last attempt left running is of no use, and nothing will start it again
            component.process().close();
        }
    }

    /** True (and marked stopped) when the stack is stopping: nothing is started again then. */
    private boolean stopped() {
        if (supervisor.isClosed() || component.process().isStopRequested()) {
            state = ComponentState.STOPPED;
            nextAttemptAt = null;
            notifyAll();
            return true;
        }
        return false;
    }

    private void attemptRestart() {
        int current;
        synchronized (this) {
            current = stopped() ? 0 : attempt;
            nextAttemptAt = null;
        }
        supervisor.changed(this);
        if (current == 0) {
            return;
        }
        var begin = Instant.now();
        try {
            component.restart();
        } catch (RuntimeException e) {
            log.warn("Attempt {} to start {} again failed after {}: {}", current, name(),
                    Durations.human(Duration.between(begin, Instant.now())), e.getMessage());
            scheduleNextAttempt();
            return;
        }
        long servingPid = component.process().serverPid();
        synchronized (this) {
            state = ComponentState.RUNNING;
            pid = servingPid;
            runningSince = component.process().startedAt();
            restarts++;
            notifyAll();
        }
        log.info("{} is running again (pid {}), ready {} after attempt {} began", name(), servingPid,
                Durations.human(Duration.between(begin, Instant.now())), current);
        supervisor.changed(this);
        watch();
    }

    private Backoff backoff() {
        return supervisor.backoff();
    }
}
