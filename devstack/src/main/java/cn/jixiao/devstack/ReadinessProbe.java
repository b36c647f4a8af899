package cn.jixiao.devstack;

/** Tells whether a started process is ready to serve; polled until it is. */
@FunctionalInterface
public interface ReadinessProbe {

    /** Returns false while the process is not ready yet, including when it refuses connections. */
    boolean isReady();
}
