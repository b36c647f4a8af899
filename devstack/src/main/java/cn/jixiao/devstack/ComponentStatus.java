package cn.jixiao.devstack;

import java.time.Instant;
import java.util.Optional;

/**
 * One component of the stack as its supervisor sees it at one moment; the status file holds one per component.
 *
 * @param name          e.g. {@code kafka} or {@code project-service-2}
 * @param state         running, restarting, stopped or failed
 * @param pid           the process that serves (Keycloak's JVM rather than kc.sh), 0 while none runs
 * @param port          where it serves
 * @param runningSince  when the serving run was launched; empty while none runs
 * @param restarts      how often it was started again successfully since the stack started
 * @param attempt       while restarting: the attempt under way or next, counted from 1; 0 otherwise
 * @param nextAttemptAt while waiting for an attempt: when it starts; empty otherwise
 * @param lastExit      how its last run ended unexpectedly, e.g. "exit code 137 (killed by signal 9, SIGKILL)"
 * @param logFile       its log, where the reason is
 */
public record ComponentStatus(String name, ComponentState state, long pid, int port, Optional<Instant> runningSince,
                              int restarts, int attempt, Optional<Instant> nextAttemptAt, Optional<String> lastExit,
                              String logFile) {
}
