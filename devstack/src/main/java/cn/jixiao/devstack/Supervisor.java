package cn.jixiao.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Keeps the components of a stack running, as an init system does: a component whose process exits without
 * having been asked to is logged and started again with backoff ({@link Backoff}), on the same ports with the same
 * data and environment, while the others keep running and reconnect to it. After {@code maxAttempts} failed
 * attempts in a row it gives up on that component (failed); the rest of the stack keeps running.
 *
 * <p>Each change is written to the status file, if there is one, which {@code ./jixiao status} reads
 * ({@link StackStatus}). Closing the supervisor stops the restarting, not the processes: they are stopped as
 * before, by whoever started them or by {@link OrphanGuard} when the JVM exits.
 */
public final class Supervisor implements AutoCloseable {

    /** With {@link Backoff#DEFAULT}: about four minutes of attempts (1 + 2 + 4 + 8 + 16 + 30 × 5 s) and the starts. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    private final Backoff backoff;
    private final int maxAttempts;
    private final Optional<StatusFile> statusFile;
    private final List<Supervised> components = new CopyOnWriteArrayList<>();
    private final List<Consumer<ComponentStatus>> listeners = new CopyOnWriteArrayList<>();
    /** Only waits out the delays; the attempts themselves block until ready, so they run on their own threads. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("supervisor-timer"));
    private final ExecutorService attempts = Executors.newCachedThreadPool(daemons("supervisor-restart"));
    private volatile boolean closed;

    public Supervisor(Backoff backoff, int maxAttempts) {
        this(backoff, maxAttempts, Optional.empty());
    }

    /** @param statusFile rewritten at every change, deleted when the supervisor is closed */
    public Supervisor(Backoff backoff, int maxAttempts, Optional<StatusFile> statusFile) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.statusFile = statusFile;
    }

    /** Watches a component that has been started and is ready. */
    public Supervised supervise(Restartable component) {
        if (components.stream().anyMatch(known -> known.name().equals(component.name()))) {
            throw new IllegalArgumentException(component.name() + " is supervised already");
        }
        var supervised = new Supervised(component, this);
        components.add(supervised);
        changed(supervised);
        return supervised;
    }

    /** The component of that name, e.g. {@code kafka}, {@code mongo}, {@code keycloak}, {@code project-service}. */
    public Supervised component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No component " + name + " is supervised; there are "
                        + components.stream().map(Supervised::name).toList()));
    }

    public List<Supervised> components() {
        return List.copyOf(components);
    }

    public List<ComponentStatus> status() {
        return components.stream().map(Supervised::status).toList();
    }

    /** Called with a component's new status at each change (from the supervisor's threads). */
    public void onChange(Consumer<ComponentStatus> listener) {
        listeners.add(listener);
    }

    Backoff backoff() {
        return backoff;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    boolean isClosed() {
        return closed;
    }

    /** Tells the listeners and the status file, then the component's waiters (who then find the file current). */
    void changed(Supervised component) {
        var status = component.status();
        if (!closed) {
            listeners.forEach(listener -> listener.accept(status));
            statusFile.ifPresent(this::writeStatus);
        }
        component.publish();
    }

    /** Reads and writes under one lock: two changes at once must not leave the older picture in the file. */
    private synchronized void writeStatus(StatusFile file) {
        if (!closed) {
            file.write(status());
        }
    }

    void schedule(Runnable attempt, Duration delay) {
        if (!closed) {
            timer.schedule(() -> attempts.execute(attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Restarts nothing from now on and deletes the status file; the processes are left as they are. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        timer.shutdownNow();
        attempts.shutdown();
        statusFile.ifPresent(StatusFile::delete);
    }

    private static ThreadFactory daemons(String name) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
