package cn.jixiao.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One Spring Boot service, run from its executable jar in a child JVM; started by {@link ServiceFleet}. */
public final class ServiceProcess implements Restartable, AutoCloseable {

    /**
     * Four services share two cores with Kafka and Keycloak: a small heap ({@link Service#heapMegabytes()}) and a
     * single-threaded GC. They run on the full JIT (C1 then C2), as the container images do: C1 alone
     * (TieredStopAtLevel=1) started faster, but a GET answered directly by a service took about 5.7 ms instead
     * of 1.9 ms (p50). The start is kept quick by class data sharing instead ({@link ClassDataSharing}); C1 alone
     * stays for the end-to-end tests, whose fresh folders would train every time, and for comparison
     * ({@link Jit#C1_ONLY}, JIXIAO_JIT=c1). Measurements: docs/measurements.md, #13.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC");

    /** Which compilers the services' JVMs use. */
    public enum Jit {
        /** Tiered compilation up to C2: the steady-state speed of production. */
        FULL,
        /** C1 only: a faster start without an archive, slower requests. */
        C1_ONLY;

        /** JIXIAO_JIT=c1 for C1 only; the full JIT otherwise. */
        public static Jit fromEnvironment() {
            return "c1".equalsIgnoreCase(System.getenv().getOrDefault("JIXIAO_JIT", "")) ? C1_ONLY : FULL;
        }
    }

    private final ServiceInstance instance;
    private final Service service;
    private final URI baseUri;
    private final ManagedProcess process;
    private final Duration readyTimeout;

    ServiceProcess(ServiceInstance instance, URI baseUri, ManagedProcess process, Duration readyTimeout) {
        this.instance = instance;
        this.service = instance.service();
        this.baseUri = baseUri;
        this.process = process;
        this.readyTimeout = readyTimeout;
    }

    /** The JVM options of every instance of the service (a CDS archive is made with the same ones). */
    static List<String> jvmOptions(Service service, Jit jit) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.add(0, "-Xmx" + service.heapMegabytes() + "m");
        if (jit == Jit.C1_ONLY) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return List.copyOf(options);
    }

    /**
     * {@code java -jar <jar>} with the instance's environment, logging to {@code <logDir>/<instance name>.log}.
     *
     * @param launch the jar to run and the options it adds (a CDS archive), see {@link ClassDataSharing}
     */
    static ProcessSpec spec(ServiceInstance instance, List<String> jvmOptions, ClassDataSharing.Launch launch,
                            ServiceEnvironment environment, Path logDir) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(launch.jvmOptions());
        return ProcessSpec.of(instance.name(), JavaCommand.jar(launch.jar(), options),
                environment.forInstance(instance), logDir);
    }

    /** Waits for {@code /actuator/health/readiness} to report UP; fails fast if the JVM dies first. */
    public void awaitReady(Duration timeout) {
        process.awaitReady(new HttpHealthProbe(baseUri.resolve("/actuator/health/readiness")), timeout);
    }

    /**
     * Launches the instance again from the same jar (and class data sharing archive) with the same environment after
     * its JVM died, and returns once it reports ready. A service keeps everything in MongoDB and Kafka: it picks up
     * its outbox, its consumer groups' offsets and its read models from there.
     */
    @Override
    public void restart() {
        process.relaunch("restarted by the supervisor");
        awaitReady(readyTimeout);
    }

    @Override
    public String name() {
        return instance.name();
    }

    @Override
    public int port() {
        return instance.port();
    }

    public Service service() {
        return service;
    }

    public ServiceInstance instance() {
        return instance;
    }

    /** e.g. http://localhost:8080 */
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
