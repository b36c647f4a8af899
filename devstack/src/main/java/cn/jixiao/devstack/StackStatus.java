package cn.jixiao.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./jixiao status}: each component of the local stack with its state, pid, port, uptime and restarts, read
 * from the status file the running stack keeps ({@link StatusFile}). Exits with 0 while a stack runs and 3 when none
 * does (as {@code systemctl status} does for an inactive unit).
 */
public final class StackStatus {

    static final int NOT_RUNNING = 3;
    private static final String ROW = "%-20s %-38s %8s %6s %14s %9s%n";

    private StackStatus() {
    }

    /** Usage: {@code StackStatus <status file>}. */
    public static void main(String[] args) {
        var file = Path.of(args.length > 0 ? args[0] : ".jixiao/status.json");
        var snapshot = StatusFile.read(file);
        if (snapshot.isEmpty() || !snapshot.get().stackIsRunning()) {
            System.out.println(notRunning());
            System.exit(NOT_RUNNING);
        }
        System.out.print(render(snapshot.get(), Instant.now()));
    }

    static String notRunning() {
        return "The local stack is not running (start it with ./jixiao up).";
    }

    static String render(StatusFile.Snapshot snapshot, Instant now) {
        var text = new StringBuilder();
        text.append("Local stack: pid %d%s%n%n".formatted(snapshot.stackPid(), snapshot.stackStartedAt()
                .map(started -> ", up " + Durations.human(Duration.between(started, now))).orElse("")));
        text.append(ROW.formatted("component", "state", "pid", "port", "uptime", "restarts"));
        for (var component : snapshot.components()) {
            text.append(ROW.formatted(component.name(), state(component, now),
                    component.pid() == 0 ? "-" : Long.toString(component.pid()), component.port(),
                    component.runningSince().map(since -> Durations.human(Duration.between(since, now))).orElse("-"),
                    component.restarts()));
        }
        List<ComponentStatus> troubled = snapshot.components().stream()
                .filter(component -> component.lastExit().isPresent()).toList();
        if (!troubled.isEmpty()) {
            text.append(System.lineSeparator());
            for (var component : troubled) {
                text.append("%s last stopped unexpectedly: %s; its log: %s%n".formatted(component.name(),
                        component.lastExit().get(), component.logFile()));
            }
        }
        return text.toString();
    }

    /** "running", "restarting (attempt 2, next in 3 s)", "restarting (attempt 2, starting)", "stopped", "failed". */
    static String state(ComponentStatus component, Instant now) {
        return switch (component.state()) {
            case RUNNING -> "running";
            case STOPPED -> "stopped";
            case FAILED -> "failed (gave up after " + Math.max(component.attempt() - 1, 0) + " attempts)";
            case RESTARTING -> component.nextAttemptAt()
                    .map(next -> "restarting (attempt %d, next in %s)".formatted(component.attempt(),
                            Durations.human(Duration.between(now, next).plusMillis(999).withNanos(0))))
                    .orElse("restarting (attempt %d, starting)".formatted(component.attempt()));
        };
    }
}
