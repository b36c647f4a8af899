package cn.jixiao.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One Spring Boot service, run from its executable jar in a child JVM; started by {@link ServiceFleet}. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Four services share two cores with Kafka and Keycloak: a small heap and a single-threaded GC. The full JIT
     * stays on: C1 alone starts a little faster but more than doubled the latency of every request (measured
     * through the gateway), and request latency is what the local stack is used to judge.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private final Service service;
    private final URI baseUri;
    private final ManagedProcess process;

    ServiceProcess(Service service, URI baseUri, ManagedProcess process) {
        this.service = service;
        this.baseUri = baseUri;
        this.process = process;
    }

    /** {@code java -jar <jar>} with the service's environment, logging to {@code <logDir>/<module>.log}. */
    static ProcessSpec spec(Service service, Path jar, ServiceEnvironment environment, Path logDir) {
        return ProcessSpec.of(service.module(), JavaCommand.jar(jar, JVM_OPTIONS), environment.forService(service),
                logDir);
    }

    /** Waits for {@code /actuator/health/readiness} to report UP; fails fast if the JVM dies first. */
    public void awaitReady(Duration timeout) {
        process.awaitReady(new HttpHealthProbe(baseUri.resolve("/actuator/health/readiness")), timeout);
    }

    public Service service() {
        return service;
    }

    /** e.g. http://localhost:8080 */
    public URI baseUri() {
        return baseUri;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
