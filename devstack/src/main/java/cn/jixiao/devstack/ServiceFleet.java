package cn.jixiao.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The four services, started and stopped together. */
public final class ServiceFleet implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(90);

    private final List<ServiceProcess> services;

    private ServiceFleet(List<ServiceProcess> services) {
        this.services = List.copyOf(services);
    }

    public static ServiceFleet start(Path repoRoot, ServiceEnvironment environment, Path logDir) {
        return start(repoRoot, environment, logDir, DEFAULT_READY_TIMEOUT);
    }

    /**
     * Starts all four services from their jars under {@code repoRoot} and returns once all are ready. If one
     * fails, all are stopped and the exception quotes the failed service's log.
     */
    public static ServiceFleet start(Path repoRoot, ServiceEnvironment environment, Path logDir,
                                     Duration readyTimeout) {
        requireJars(repoRoot);
        var all = List.of(Service.values());
        var specs = all.stream()
                .map(service -> ServiceProcess.spec(service, service.jarIn(repoRoot), environment, logDir))
                .toList();
        var processes = ManagedProcess.startTogether(specs);
        var services = new ArrayList<ServiceProcess>();
        for (int i = 0; i < all.size(); i++) {
            var service = all.get(i);
            services.add(new ServiceProcess(service, URI.create(environment.localUrl(service)), processes.get(i)));
        }
        var fleet = new ServiceFleet(services);
        try {
            // They boot concurrently, so waiting for one after the other costs only the slowest one's time
            services.forEach(service -> service.awaitReady(readyTimeout));
            return fleet;
        } catch (RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    /** Fails with one message naming every missing jar, before anything is started. */
    public static void requireJars(Path repoRoot) {
        var missing = Arrays.stream(Service.values())
                .map(service -> service.jarIn(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .collect(Collectors.joining(System.lineSeparator() + "  "));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars are missing; build the services first "
                    + "(./mvnw -B -DskipTests package):" + System.lineSeparator() + "  " + missing);
        }
    }

    public List<ServiceProcess> services() {
        return services;
    }

    public ServiceProcess service(Service service) {
        return services.stream().filter(running -> running.service() == service).findFirst().orElseThrow();
    }

    /** Stops all four in parallel. */
    @Override
    public void close() {
        ManagedProcess.closeAll(services.stream().map(ServiceProcess::process).toList());
    }
}
