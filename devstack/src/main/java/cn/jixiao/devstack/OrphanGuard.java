package cn.jixiao.devstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stops the child processes that are still running when this JVM exits, in reverse start order; processes that
 * were started together are stopped together. This is how Ctrl-C on {@link LocalStack} takes the stack down, and
 * why neither an interrupted start nor a crashed test run leaves a Kafka or Keycloak behind. A JVM killed with
 * SIGKILL cannot run it.
 */
final class OrphanGuard {

    /** Newest first; each element is one start, of one process or of several launched together. */
    private static final Deque<List<ManagedProcess>> STARTS = new ArrayDeque<>();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OrphanGuard::stopAll, "devstack-stop-children"));
    }

    private OrphanGuard() {
    }

    /**
     * Spawns and registers in one step, so that a process started while the JVM is already exiting cannot
     * escape the shutdown hook.
     */
    static synchronized List<ManagedProcess> spawn(Supplier<List<ManagedProcess>> spawner) {
        if (stopping) {
            throw new ProcessStartupException("Not starting a process: the JVM is shutting down");
        }
        var processes = spawner.get();
        STARTS.push(new ArrayList<>(processes));
        return processes;
    }

    /** A relaunch while the JVM exits would outlive the shutdown hook: refuse it as a first start is refused. */
    static synchronized void requireRunning(String name) {
        if (stopping) {
            throw new ProcessStartupException("Not starting " + name + " again: the JVM is shutting down");
        }
    }

    static synchronized void forget(ManagedProcess process) {
        STARTS.forEach(start -> start.remove(process));
        STARTS.removeIf(List::isEmpty);
    }

    private static void stopAll() {
        List<List<ManagedProcess>> newestFirst;
        synchronized (OrphanGuard.class) {
            stopping = true;
            newestFirst = STARTS.stream().map(List::copyOf).toList();
        }
        newestFirst.forEach(ManagedProcess::closeAll);
    }
}
