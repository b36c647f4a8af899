package cn.jixiao.devstack;

import java.time.Duration;

/**
 * A child process whose readiness one probe tells, such as the MongoDB wire server: restarting it is launching it
 * again and waiting for the probe.
 *
 * @param process the process, already started and ready
 * @param port    where it serves
 * @param probe   tells when a new run serves
 * @param timeout the longest a new run may take to get ready
 */
public record ProbedProcess(ManagedProcess process, int port, ReadinessProbe probe, Duration timeout)
        implements Restartable, AutoCloseable {

    @Override
    public void restart() {
        process.relaunch("restarted by the supervisor");
        process.awaitReady(probe, timeout);
    }

    @Override
    public void close() {
        process.close();
    }
}
